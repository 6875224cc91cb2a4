import type { SqlExecutor } from '../../functions/lib/sql/SqlExecutor.js';
import { insertOrder } from '../../functions/orders/sql/insertOrder.js';
import { insertOrderItems } from '../../functions/orders/sql/insertOrderItems.js';
import type { OrderStatus, SalesReport } from '../../schema/generated/types.js';

/** One line of an order a sales-report test places. */
export interface SaleLine {
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
  readonly unitPriceCents: number;
  readonly quantity: number;
}

/** An order a sales-report test places: when (ISO 8601 UTC), its status now, its promo discount, its lines. */
export interface SaleOrder {
  readonly id: string;
  readonly createdAt: string;
  readonly status: OrderStatus;
  readonly discountCents: number;
  readonly lines: readonly SaleLine[];
}

/** The figures a report must show, computed here without the report's code, SQL or time-zone engine. */
export interface ExpectedFigures {
  readonly orders: number;
  readonly itemsSold: number;
  readonly revenueCents: number;
  readonly averageOrderValueCents: number;
  readonly discountCents: number;
  readonly cancelled: number;
  readonly rejected: number;
  readonly topProducts: readonly {
    readonly productId: string;
    readonly sku: string;
    readonly name: string;
    readonly quantity: number;
    readonly revenueCents: number;
  }[];
}

/**
 * Writes `orders` as the orders function writes a placed order (its own `insertOrder` and
 * `insertOrderItems` statements), with the status and time the test chose.
 */
export async function placeSaleOrders(db: SqlExecutor, orders: readonly SaleOrder[]): Promise<void> {
  for (const order of orders) {
    const subtotalCents = order.lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
    await db.execute(
      insertOrder({
        id: order.id,
        userId: 'sales-test-shopper',
        status: order.status,
        statusReason: null,
        subtotalCents,
        discountCents: order.discountCents,
        totalCents: subtotalCents - order.discountCents,
        currency: 'EUR',
        promoCode: order.discountCents > 0 ? 'SALE' : null,
        shippingAddress: {
          name: 'Ann Example',
          line1: 'Hauptstraße 1',
          line2: null,
          city: 'Berlin',
          postalCode: '10115',
          country: 'DE',
        },
        idempotencyKey: `key-${order.id}`,
        requestHash: '0'.repeat(64),
        createdAt: order.createdAt,
        updatedAt: order.createdAt,
        version: 1,
      }),
    );
    await db.execute(
      insertOrderItems(
        order.lines.map((line, index) => ({
          orderId: order.id,
          lineNo: index + 1,
          productId: line.productId,
          sku: line.sku,
          name: line.name,
          unitPriceCents: line.unitPriceCents,
          quantity: line.quantity,
          lineTotalCents: line.unitPriceCents * line.quantity,
        })),
      ),
    );
  }
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in `timeZone`, as `Intl` reads the tz database. */
export function localDate(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(iso));
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * What the report of `date` must say about `orders`: an order belongs to the day `Intl` puts its instant
 * on in `timeZone`; it is a sale unless it is rejected or cancelled; the average is rounded half up; top
 * products by units, revenue, then name (the tests' names differ in more than case), at most 10.
 */
export function expectedFigures(
  orders: readonly SaleOrder[],
  date: string,
  timeZone: string,
): ExpectedFigures {
  const ofDay = orders.filter((order) => localDate(order.createdAt, timeZone) === date);
  const sales = ofDay.filter((order) => order.status !== 'REJECTED' && order.status !== 'CANCELLED');
  const lines = sales.flatMap((order) => order.lines);
  const revenueCents = sales.reduce(
    (sum, order) =>
      sum + order.lines.reduce((s, line) => s + line.unitPriceCents * line.quantity, 0) - order.discountCents,
    0,
  );
  const products = new Map<string, { sku: string; name: string; quantity: number; revenueCents: number }>();
  for (const line of lines) {
    const entry = products.get(line.productId) ?? { sku: '', name: '', quantity: 0, revenueCents: 0 };
    products.set(line.productId, {
      sku: line.sku > entry.sku ? line.sku : entry.sku,
      name: line.name > entry.name ? line.name : entry.name,
      quantity: entry.quantity + line.quantity,
      revenueCents: entry.revenueCents + line.unitPriceCents * line.quantity,
    });
  }
  const topProducts = [...products]
    .map(([productId, entry]) => ({ productId, ...entry }))
    .sort(
      (a, b) =>
        b.quantity - a.quantity ||
        b.revenueCents - a.revenueCents ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
        (a.productId < b.productId ? -1 : 1),
    )
    .slice(0, 10);
  return {
    orders: sales.length,
    itemsSold: lines.reduce((sum, line) => sum + line.quantity, 0),
    revenueCents,
    averageOrderValueCents: sales.length === 0 ? 0 : Math.round(revenueCents / sales.length),
    discountCents: sales.reduce((sum, order) => sum + order.discountCents, 0),
    cancelled: ofDay.filter((order) => order.status === 'CANCELLED').length,
    rejected: ofDay.filter((order) => order.status === 'REJECTED').length,
    topProducts,
  };
}

/** Twelve products (more than a report's top 10), priced apart, named so that sort orders agree. */
export const SALE_PRODUCTS: readonly Omit<SaleLine, 'quantity'>[] = Array.from({ length: 12 }, (_, i) => ({
  productId: `P${String(i + 1).padStart(2, '0')}`.padEnd(26, 'X'),
  sku: `SKU-${String(i + 1).padStart(2, '0')}`,
  name: `Product ${String.fromCharCode(65 + ((i * 5) % 12))}`,
  unitPriceCents: 250 + 175 * i,
}));

const STATUSES: readonly OrderStatus[] = [
  'CONFIRMED',
  'CONFIRMED',
  'PENDING',
  'SHIPPED',
  'DELIVERED',
  'CANCELLED',
  'REJECTED',
  'CONFIRMED',
];

/**
 * A deterministic mix of orders (a linear congruential generator seeded with `seed`) at the given
 * instants: statuses of every kind, 1 to 4 lines of the `SALE_PRODUCTS`, a discount on every third.
 * Ids are 26 characters and sort in the order given.
 */
export function saleOrdersAt(instants: readonly string[], seed: number, prefix = 'S'): SaleOrder[] {
  let state = seed >>> 0;
  const next = (bound: number): number => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return (state >>> 8) % bound;
  };
  return instants.map((createdAt, index) => {
    const lines = Array.from({ length: 1 + next(4) }, () => ({
      ...SALE_PRODUCTS[next(SALE_PRODUCTS.length)]!,
      quantity: 1 + next(5),
    }));
    // One line per product, as the orders function writes them.
    const unique = [...new Map(lines.map((line) => [line.productId, line])).values()];
    const subtotal = unique.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
    return {
      id: `${prefix}${String(index).padStart(6, '0')}`.padEnd(26, '0'),
      createdAt,
      status: STATUSES[next(STATUSES.length)]!,
      discountCents: index % 3 === 0 ? Math.min(subtotal, 100 + next(400)) : 0,
      lines: unique,
    };
  });
}

/** The API's report of `date` in `timeZone` from the independent figures, in `currency`. */
export function expectedReport(
  orders: readonly SaleOrder[],
  date: string,
  timeZone: string,
  currency: string,
): Omit<SalesReport, 'generatedAt'> {
  const figures = expectedFigures(orders, date, timeZone);
  const money = (cents: number) => ({ cents, currency });
  return {
    date,
    orders: figures.orders,
    itemsSold: figures.itemsSold,
    revenue: money(figures.revenueCents),
    averageOrderValue: money(figures.averageOrderValueCents),
    discounts: money(figures.discountCents),
    cancelled: figures.cancelled,
    rejected: figures.rejected,
    topProducts: figures.topProducts.map(({ revenueCents, ...product }) => ({
      ...product,
      revenue: money(revenueCents),
    })),
  };
}
