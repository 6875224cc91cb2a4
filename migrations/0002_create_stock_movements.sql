-- Every stock change of a product (admin adjustments now; orders and cancellations later), written in the
-- same transaction as the change. `actor` is who made it (a Cognito sub, or a function's name).
CREATE TABLE stock_movements (
  id CHAR(26) NOT NULL PRIMARY KEY,
  product_id CHAR(26) NOT NULL,
  delta INT NOT NULL,
  reason VARCHAR(500) NOT NULL,
  actor VARCHAR(128) NOT NULL,
  created_at VARCHAR(32) NOT NULL
);

CREATE INDEX stock_movements_product ON stock_movements (product_id, created_at);
