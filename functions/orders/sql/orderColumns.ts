/** The columns `readOrderRecord` reads, in table order. */
export const ORDER_COLUMNS =
  'id, user_id, status, status_reason, subtotal_cents, discount_cents, total_cents, currency, promo_code, ' +
  'ship_name, ship_line1, ship_line2, ship_city, ship_postal_code, ship_country, idempotency_key, ' +
  'request_hash, created_at, updated_at, version';
