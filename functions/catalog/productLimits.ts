/** The numeric limits `schema.graphql` states for product fields. */
export const PRODUCT_LIMITS = {
  /** `priceCents`: 0 to 100000000. */
  maxPriceCents: 100_000_000,
  /** `stock`, `lowStockThreshold` and an `adjustStock` delta's size: at most 1000000. */
  maxUnits: 1_000_000,
  /** `lowStockThreshold` when `createProduct` is not given one. */
  defaultLowStockThreshold: 5,
} as const;
