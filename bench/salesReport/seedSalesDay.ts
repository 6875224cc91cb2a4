import { ORDER_COLUMNS } from '../../functions/orders/sql/orderColumns.js';
import type { OrderStatus } from '../../schema/generated/types.js';

/** A value of a seeded row, as both better-sqlite3 and mysql2 bind it to a `?`. */
export type SeedValue = string | number | null;

/** Writes rows straight into a table of the database: a multi-row INSERT, no Data API in between. */
export type RowWriter = (
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SeedValue[])[],
) => Promise<void>;

/** Orders and lines per INSERT statement. */
const ROWS_PER_STATEMENT = 500;
const PRODUCTS = 200;
/** Status mix of a day: mostly sales, a tenth cancelled and a tenth rejected. */
const STATUSES: readonly OrderStatus[] = [
  ...Array<OrderStatus>(8).fill('CONFIRMED'),
  ...Array<OrderStatus>(4).fill('SHIPPED'),
  ...Array<OrderStatus>(3).fill('DELIVERED'),
  'PENDING',
  'CANCELLED',
  'CANCELLED',
  'REJECTED',
  'REJECTED',
];
const ORDER_ITEM_COLUMNS = [
  'order_id',
  'line_no',
  'product_id',
  'sku',
  'name',
  'unit_price_cents',
  'quantity',
  'line_total_cents',
] as const;

/** What `seedSalesDay` wrote. */
export interface SeededDay {
  readonly orders: number;
  readonly lines: number;
  readonly statements: number;
}

/**
 * Writes `count` orders placed in `[start, end)` (epoch ms), evenly spread, each with 1 to 4 lines of
 * 200 products, every status, a tenth of them discounted, into `orders` and `order_items` with the
 * columns the orders function writes: multi-row INSERTs through `write`, no API, function or queue.
 * Deterministic (a linear congruential generator), so every run seeds the same day. Ids are 26
 * characters starting with `prefix`.
 */
export async function seedSalesDay(
  write: RowWriter,
  options: { readonly count: number; readonly start: number; readonly end: number; readonly prefix: string },
): Promise<SeededDay> {
  let state = 20_260_617;
  const next = (bound: number): number => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return (state >>> 8) % bound;
  };
  let statements = 0;
  let lines = 0;
  let orderRows: SeedValue[][] = [];
  let lineRows: SeedValue[][] = [];
  const flush = async (final: boolean): Promise<void> => {
    if (orderRows.length >= ROWS_PER_STATEMENT || (final && orderRows.length > 0)) {
      await write('orders', ORDER_COLUMNS.split(', '), orderRows);
      statements += 1;
      orderRows = [];
    }
    while (lineRows.length >= ROWS_PER_STATEMENT || (final && lineRows.length > 0)) {
      const batch = lineRows.slice(0, ROWS_PER_STATEMENT);
      // Lines go after their orders, as the orders function writes them.
      await write('order_items', ORDER_ITEM_COLUMNS, batch);
      statements += 1;
      lines += batch.length;
      lineRows = lineRows.slice(ROWS_PER_STATEMENT);
    }
  };

  for (let index = 0; index < options.count; index += 1) {
    const id = `${options.prefix}${String(index).padStart(9, '0')}`.padEnd(26, '0');
    const at = new Date(
      options.start + Math.floor(((options.end - options.start) * (index + 0.5)) / options.count),
    ).toISOString();
    const products = new Map<number, number>();
    for (let n = 1 + next(4); n > 0; n -= 1) products.set(next(PRODUCTS), 1 + next(5));
    let subtotal = 0;
    [...products].forEach(([product, quantity], i) => {
      const unitPriceCents = 199 + 37 * product;
      subtotal += unitPriceCents * quantity;
      lineRows.push([
        id,
        i + 1,
        `BP${String(product).padStart(4, '0')}`.padEnd(26, '0'),
        `BENCH-${product}`,
        `Bench product ${product}`,
        unitPriceCents,
        quantity,
        unitPriceCents * quantity,
      ]);
    });
    const discount = next(10) === 0 ? Math.floor(subtotal / 10) : 0;
    // In ORDER_COLUMNS order.
    orderRows.push([
      id,
      `bench-user-${next(5000)}`,
      STATUSES[next(STATUSES.length)]!,
      null,
      subtotal,
      discount,
      subtotal - discount,
      'EUR',
      discount > 0 ? 'BENCH10' : null,
      'Bench Shopper',
      'Hauptstraße 1',
      null,
      'Berlin',
      '10115',
      'DE',
      id,
      '0'.repeat(64),
      at,
      at,
      1,
    ]);
    await flush(false);
  }
  await flush(true);
  return { orders: options.count, lines, statements };
}
