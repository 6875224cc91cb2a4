import { describe, expect, it } from 'vitest';
import { COUNTED_STATUSES } from '../countedStatuses.js';
import { selectStatusTotals } from './selectStatusTotals.js';
import { selectTopProducts } from './selectTopProducts.js';

// The report's statements as built; `dailySalesReport.test.ts` runs them on SQLite and MariaDB.
const START = '2026-03-28T23:00:00.000Z';
const END = '2026-03-29T22:00:00.000Z';

describe('the sales report statements', () => {
  it('group the day’s orders by status, with the day as a half-open range of created_at', () => {
    const request = selectStatusTotals(START, END);
    expect(request.sql).toBe(
      'SELECT status, COUNT(*) AS orders, CAST(SUM(total_cents) AS SIGNED) AS total_cents, ' +
        'CAST(SUM(discount_cents) AS SIGNED) AS discount_cents ' +
        'FROM orders WHERE created_at >= :day_start AND created_at < :day_end GROUP BY status',
    );
    expect(request.parameters).toEqual([
      { name: 'day_start', value: { stringValue: START } },
      { name: 'day_end', value: { stringValue: END } },
    ]);
  });

  it('rank the products of the counted orders, limited by the database, with the units of all', () => {
    const request = selectTopProducts(START, END, COUNTED_STATUSES, 10);
    expect(request.sql).toContain(
      'WHERE o.created_at >= :day_start AND o.created_at < :day_end AND o.status IN ' +
        '(:status_0, :status_1, :status_2, :status_3) GROUP BY i.product_id',
    );
    expect(request.sql).toContain('CAST(SUM(SUM(i.quantity)) OVER () AS SIGNED) AS all_units');
    expect(request.sql).toMatch(
      /ORDER BY units DESC, revenue_cents DESC, product_name, product_id LIMIT :top$/,
    );
    expect(request.parameters).toEqual([
      { name: 'day_start', value: { stringValue: START } },
      { name: 'day_end', value: { stringValue: END } },
      ...COUNTED_STATUSES.map((status, i) => ({ name: `status_${i}`, value: { stringValue: status } })),
      { name: 'top', value: { longValue: 10 } },
    ]);
  });
});
