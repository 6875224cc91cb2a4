import type { ProductSort } from '../../../schema/generated/types.js';

/** How each `ProductSort` orders rows: one column, then the id in the same direction (keyset tie-breaker). */
export interface SortSpec {
  readonly column: 'created_at' | 'price_cents' | 'name';
  readonly direction: 'ASC' | 'DESC';
  /** The type of the column's values in a page position. */
  readonly valueType: 'string' | 'number';
}

/** Each sort backed by its index (`products_active_created`, `_price`, `_name`). */
export const PRODUCT_SORTS: Readonly<Record<ProductSort, SortSpec>> = {
  NEWEST: { column: 'created_at', direction: 'DESC', valueType: 'string' },
  PRICE_ASC: { column: 'price_cents', direction: 'ASC', valueType: 'number' },
  PRICE_DESC: { column: 'price_cents', direction: 'DESC', valueType: 'number' },
  NAME: { column: 'name', direction: 'ASC', valueType: 'string' },
};
