-- Orders, one row per placed order. Prices are integer cents of `currency`, computed by the orders
-- function from the catalog (never from the client) and frozen here; the shipping address is copied in.
-- `idempotency_key` is unique per user: a repeated `placeOrder` finds the order it placed, and
-- `request_hash` (sha256 of the normalised request) tells a true repeat from a reuse for another order.
-- `version` counts the status changes (each moves it by one under a condition on the old value).
CREATE TABLE orders (
  id CHAR(26) NOT NULL PRIMARY KEY,
  user_id VARCHAR(64) NOT NULL,
  status VARCHAR(16) NOT NULL,
  status_reason VARCHAR(500),
  subtotal_cents BIGINT NOT NULL,
  discount_cents BIGINT NOT NULL,
  total_cents BIGINT NOT NULL,
  currency CHAR(3) NOT NULL,
  promo_code VARCHAR(32),
  ship_name VARCHAR(100) NOT NULL,
  ship_line1 VARCHAR(200) NOT NULL,
  ship_line2 VARCHAR(200),
  ship_city VARCHAR(100) NOT NULL,
  ship_postal_code VARCHAR(20) NOT NULL,
  ship_country CHAR(2) NOT NULL,
  idempotency_key VARCHAR(64) NOT NULL,
  request_hash CHAR(64) NOT NULL,
  created_at VARCHAR(32) NOT NULL,
  updated_at VARCHAR(32) NOT NULL,
  version INT NOT NULL
);

CREATE UNIQUE INDEX orders_user_idempotency ON orders (user_id, idempotency_key);

-- `myOrders`: a user's orders, newest first (keyset on created_at, id).
CREATE INDEX orders_user_created ON orders (user_id, created_at, id);

-- Admin `orders`: every order newest first, optionally by status, within a time range.
CREATE INDEX orders_created ON orders (created_at, id);
CREATE INDEX orders_status_created ON orders (status, created_at, id);
