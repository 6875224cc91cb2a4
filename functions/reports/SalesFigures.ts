/** One product's sales among a day's counted orders, in integer cents of the shop currency. */
export interface ProductSalesFigures {
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  readonly revenueCents: number;
}

/**
 * What the database counted for a day (`readSalesFigures`): the counted orders (`COUNTED_STATUSES`), their
 * units, totals and discounts, the cancelled and rejected orders apart, and the top products.
 */
export interface SalesFigures {
  readonly orders: number;
  readonly itemsSold: number;
  readonly revenueCents: number;
  readonly discountCents: number;
  readonly cancelled: number;
  readonly rejected: number;
  readonly topProducts: readonly ProductSalesFigures[];
}
