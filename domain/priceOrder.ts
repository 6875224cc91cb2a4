/** A product as the order prices it: from the catalog, at the moment the order is placed. */
export interface CatalogPrice {
  readonly id: string;
  readonly sku: string;
  readonly name: string;
  readonly priceCents: number;
}

/** An order line as charged, frozen with the order. */
export interface PricedLine {
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
  readonly unitPriceCents: number;
  readonly quantity: number;
  readonly lineTotalCents: number;
}

/** The lines, subtotal, discount and total of an order. `totalCents = subtotalCents - discountCents`. */
export interface PricedOrder {
  readonly lines: readonly PricedLine[];
  readonly subtotalCents: number;
  readonly discountCents: number;
  readonly totalCents: number;
}

/**
 * Prices `lines` (in their order) from `prices`, the catalog's current prices, and takes `discountCents`
 * off the subtotal, never more than the subtotal. Every line's product must be in `prices` (the caller
 * has refused unknown and archived products); the line totals add up to the subtotal exactly.
 *
 * @example priceOrder([{ productId: 'p1', quantity: 2 }], [{ id: 'p1', sku: 'A', name: 'A', priceCents: 250 }], 100)
 * // { lines: [{ ..., lineTotalCents: 500 }], subtotalCents: 500, discountCents: 100, totalCents: 400 }
 */
export function priceOrder(
  lines: readonly { readonly productId: string; readonly quantity: number }[],
  prices: readonly CatalogPrice[],
  discountCents: number,
): PricedOrder {
  const byId: Record<string, CatalogPrice> = {};
  for (const price of prices) {
    byId[price.id] = price;
  }
  const priced: PricedLine[] = [];
  let subtotalCents = 0;
  for (const line of lines) {
    const product = byId[line.productId];
    if (product) {
      const lineTotalCents = product.priceCents * line.quantity;
      subtotalCents = subtotalCents + lineTotalCents;
      priced.push({
        productId: product.id,
        sku: product.sku,
        name: product.name,
        unitPriceCents: product.priceCents,
        quantity: line.quantity,
        lineTotalCents,
      });
    }
  }
  const discount = Math.max(0, Math.min(discountCents, subtotalCents));
  return { lines: priced, subtotalCents, discountCents: discount, totalCents: subtotalCents - discount };
}
