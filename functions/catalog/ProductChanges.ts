/** Catalog fields `updateProduct` changes; an absent field stays as it is, `imageUrl: null` removes it. */
export interface ProductChanges {
  readonly name?: string;
  readonly description?: string;
  readonly category?: string;
  readonly priceCents?: number;
  readonly imageUrl?: string | null;
  readonly lowStockThreshold?: number;
  readonly active?: boolean;
}
