/** The columns `readProductRecord` reads, in table order. */
export const PRODUCT_COLUMNS =
  'id, sku, name, description, category, price_cents, image_url, stock, low_stock_threshold, active, ' +
  'version, created_at, updated_at';
