-- When the shop told people of a status change (published it to `onOrderStatusChanged` and emailed the
-- shopper); NULL until then. A change still NULL after a crash is told by the next worker run or sweep.
ALTER TABLE order_status_changes ADD COLUMN notified_at VARCHAR(32);

CREATE INDEX order_status_changes_unnotified ON order_status_changes (notified_at, created_at);
