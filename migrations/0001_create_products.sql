-- The catalog: one row per product. Ids are ULIDs made by the catalog function; times are ISO 8601 UTC
-- strings given as parameters; money is integer cents; `active` is 0/1 (0 = archived).
CREATE TABLE products (
  id CHAR(26) NOT NULL PRIMARY KEY,
  sku VARCHAR(40) NOT NULL,
  name VARCHAR(200) NOT NULL,
  description TEXT NOT NULL,
  category VARCHAR(100) NOT NULL,
  price_cents BIGINT NOT NULL,
  image_url VARCHAR(2048),
  stock INT NOT NULL,
  low_stock_threshold INT NOT NULL,
  active INT NOT NULL,
  version INT NOT NULL,
  created_at VARCHAR(32) NOT NULL,
  updated_at VARCHAR(32) NOT NULL
);

CREATE UNIQUE INDEX products_sku ON products (sku);

-- One index per sort of `products` (NEWEST, PRICE_ASC/DESC, NAME): the public list only shows active
-- products, and each sort ends with the id, the keyset pagination's tie-breaker.
CREATE INDEX products_active_created ON products (active, created_at, id);
CREATE INDEX products_active_price ON products (active, price_cents, id);
CREATE INDEX products_active_name ON products (active, name, id);

-- The category filter and `categories` (GROUP BY category over the active products).
CREATE INDEX products_category ON products (category, active);
