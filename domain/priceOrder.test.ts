import { describe, expect, it } from 'vitest';
import { priceOrder } from './priceOrder.js';
import { promoDiscount } from './promoDiscount.js';

const PRICES = [
  { id: 'p1', sku: 'TEA-1', name: 'Green tea', priceCents: 499 },
  { id: 'p2', sku: 'POT-1', name: 'Teapot', priceCents: 3_450 },
  { id: 'p3', sku: 'CUP-1', name: 'Cup', priceCents: 1 },
];

describe('priceOrder', () => {
  it('prices each line from the catalog in the order given, and takes the discount off the subtotal', () => {
    expect(
      priceOrder(
        [
          { productId: 'p2', quantity: 1 },
          { productId: 'p1', quantity: 3 },
        ],
        PRICES,
        500,
      ),
    ).toEqual({
      lines: [
        {
          productId: 'p2',
          sku: 'POT-1',
          name: 'Teapot',
          unitPriceCents: 3_450,
          quantity: 1,
          lineTotalCents: 3_450,
        },
        {
          productId: 'p1',
          sku: 'TEA-1',
          name: 'Green tea',
          unitPriceCents: 499,
          quantity: 3,
          lineTotalCents: 1_497,
        },
      ],
      subtotalCents: 4_947,
      discountCents: 500,
      totalCents: 4_447,
    });
  });

  it('never discounts more than the subtotal, nor less than nothing', () => {
    expect(priceOrder([{ productId: 'p3', quantity: 2 }], PRICES, 500)).toMatchObject({
      subtotalCents: 2,
      discountCents: 2,
      totalCents: 0,
    });
    expect(priceOrder([{ productId: 'p3', quantity: 2 }], PRICES, -5).discountCents).toBe(0);
  });

  it('adds up: line totals sum to the subtotal, subtotal minus discount is the total, for every quantity and percent', () => {
    for (let quantity = 1; quantity <= 99; quantity += 7) {
      for (const percent of [1, 5, 15, 33, 50, 99, 100]) {
        const lines = PRICES.map((price, i) => ({
          productId: price.id,
          quantity: ((quantity + i) % 99) + 1,
        }));
        const subtotal = lines.reduce((sum, line, i) => sum + PRICES[i]!.priceCents * line.quantity, 0);
        const order = priceOrder(lines, PRICES, promoDiscount('PERCENT', percent, subtotal));
        expect(order.lines.reduce((sum, line) => sum + line.lineTotalCents, 0)).toBe(order.subtotalCents);
        expect(order.subtotalCents - order.discountCents).toBe(order.totalCents);
        expect(order.totalCents).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
