import type { OrderStatus } from '../../schema/generated/types.js';
import { integer, text } from '../lib/sql/rowValues.js';
import type { SqlExecutor, SqlRow } from '../lib/sql/SqlExecutor.js';
import { COUNTED_STATUSES } from './countedStatuses.js';
import type { SalesFigures } from './SalesFigures.js';
import { selectStatusTotals } from './sql/selectStatusTotals.js';
import { selectTopProducts } from './sql/selectTopProducts.js';

/** `SalesReport.topProducts` lists at most this many products (`schema.graphql`). */
export const TOP_PRODUCTS = 10;

/**
 * The figures of the orders placed in `[start, end)`, aggregated by the database: two grouped statements
 * (the totals per status; the top products with the units of all), whatever the number of orders, in one
 * transaction so that both read the same orders (InnoDB's consistent read in a REPEATABLE READ
 * transaction; the SQLite twin serialises transactions).
 */
export async function readSalesFigures(
  db: SqlExecutor,
  bounds: { readonly start: string; readonly end: string },
): Promise<SalesFigures> {
  const [statusRows, productRows] = await db.transaction(async (tx) => [
    await tx.query(selectStatusTotals(bounds.start, bounds.end)),
    await tx.query(selectTopProducts(bounds.start, bounds.end, COUNTED_STATUSES, TOP_PRODUCTS)),
  ]);
  const isSale = (row: SqlRow): boolean =>
    (COUNTED_STATUSES as readonly string[]).includes(text(row, 'status'));
  const sum = (rows: readonly SqlRow[], column: string): number =>
    rows.reduce((total, row) => total + integer(row, column), 0);
  const sales = statusRows.filter(isSale);
  const ordersIn = (status: OrderStatus): number =>
    sum(
      statusRows.filter((row) => text(row, 'status') === status),
      'orders',
    );
  return {
    orders: sum(sales, 'orders'),
    // Every row carries the units of all products; no row, no sale.
    itemsSold: productRows[0] === undefined ? 0 : integer(productRows[0], 'all_units'),
    revenueCents: sum(sales, 'total_cents'),
    discountCents: sum(sales, 'discount_cents'),
    cancelled: ordersIn('CANCELLED'),
    rejected: ordersIn('REJECTED'),
    topProducts: productRows.map((row) => ({
      productId: text(row, 'product_id'),
      sku: text(row, 'product_sku'),
      name: text(row, 'product_name'),
      quantity: integer(row, 'units'),
      revenueCents: integer(row, 'revenue_cents'),
    })),
  };
}
