-- The lines of an order as charged: product, SKU and name, unit price and line total frozen at order
-- time, so past orders keep their lines whatever happens to the catalog later. `line_no` keeps the
-- order in which the lines were given, from 1.
CREATE TABLE order_items (
  order_id CHAR(26) NOT NULL,
  line_no INT NOT NULL,
  product_id CHAR(26) NOT NULL,
  sku VARCHAR(40) NOT NULL,
  name VARCHAR(200) NOT NULL,
  unit_price_cents BIGINT NOT NULL,
  quantity INT NOT NULL,
  line_total_cents BIGINT NOT NULL,
  PRIMARY KEY (order_id, line_no)
);

-- The sales report's top products and per-product figures.
CREATE INDEX order_items_product ON order_items (product_id);
