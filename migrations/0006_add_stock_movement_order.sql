-- The order a stock movement belongs to (taken when the order is confirmed, returned when it is
-- cancelled); NULL for an admin's adjustment.
ALTER TABLE stock_movements ADD COLUMN order_id CHAR(26);

CREATE INDEX stock_movements_order ON stock_movements (order_id);
