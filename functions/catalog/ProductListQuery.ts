import type { ProductSort } from '../../schema/generated/types.js';

/** The conditions of a `products` call, checked and normalised (`parseProductListQuery`). */
export interface ProductListFilter {
  /** Exact category name. */
  readonly category: string | null;
  /** Text to find in the name, description or SKU, case-insensitive; trimmed, never empty. */
  readonly search: string | null;
  readonly minPriceCents: number | null;
  readonly maxPriceCents: number | null;
  readonly inStockOnly: boolean;
  /** Archived products instead of active ones (admins only). */
  readonly archived: boolean;
}

/** Where the previous page ended: the last item's sort value and id (the tie-breaker). */
export interface PagePosition {
  /** `created_at` (NEWEST), `price_cents` (PRICE_ASC, PRICE_DESC) or `name` (NAME). */
  readonly value: string | number;
  readonly id: string;
}

/** A checked `products` call. */
export interface ProductListQuery {
  readonly filter: ProductListFilter;
  readonly sort: ProductSort;
  /** Page size, 1 to 100. */
  readonly limit: number;
  /** The `nextToken` as given; null for the first page. Checked by `readPageToken`. */
  readonly nextToken: string | null;
}
