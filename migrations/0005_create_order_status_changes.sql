-- Every status change of an order, the first (to PENDING, from nothing) included: one row per change,
-- written in the same transaction as the change. `actor` is the user id (Cognito sub) of the shopper or
-- admin who made it, or NULL when the shop's backend made it.
CREATE TABLE order_status_changes (
  id CHAR(26) NOT NULL PRIMARY KEY,
  order_id CHAR(26) NOT NULL,
  from_status VARCHAR(16),
  to_status VARCHAR(16) NOT NULL,
  reason VARCHAR(500),
  actor VARCHAR(64),
  created_at VARCHAR(32) NOT NULL
);

CREATE INDEX order_status_changes_order ON order_status_changes (order_id, created_at, id);
