// The reports operations against the Data API twin with the project's migrations (SQLite and MariaDB) and
// the DynamoDB twin holding the salesReports table, through the executor and the store the Lambda uses.
// Orders are written with the orders function's own statements at chosen instants around the shop's
// midnights; every report is compared with figures computed apart (`expectedFigures`: Intl for the day,
// plain arithmetic for the rest).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shop } from '../../infra/shop.js';
import { createTables } from '../../local/dynamodb/createTables.js';
import type { SalesReport } from '../../schema/generated/types.js';
import {
  expectedReport as expectedSalesReport,
  placeSaleOrders,
  saleOrdersAt,
} from '../../test/support/salesOrders.js';
import type { SaleOrder } from '../../test/support/salesOrders.js';
import { SQL_ENGINES, skipEngine, startTestDatabase } from '../../test/support/sqlEngines.js';
import type { TestDatabase } from '../../test/support/sqlEngines.js';
import { startTestTwin } from '../../test/support/testTwin.js';
import type { TestTwin } from '../../test/support/testTwin.js';
import { countStatements } from '../lib/sql/countStatements.js';
import type { StatementCounts } from '../lib/sql/countStatements.js';
import { dataApiExecutor } from '../lib/sql/dataApiExecutor.js';
import type { SqlExecutor } from '../lib/sql/SqlExecutor.js';
import { dispatch } from './dispatch.js';
import { dynamoReportStore } from './dynamoReportStore.js';
import { ReportError } from './ReportError.js';
import type { ReportMessage } from './reportMessage.js';
import type { ReportsCaller, ReportsEvent } from './ReportsEvent.js';
import type { ReportsDeps } from './ReportsDeps.js';
import type { ReportsResult } from './ReportsResult.js';

const ZONE = 'Europe/Berlin';
const ADMIN: ReportsCaller = { kind: 'user', sub: 'admin-sub', admin: true };
const SHOPPER: ReportsCaller = { kind: 'user', sub: 'shopper-sub', admin: false };
const SCHEDULE: ReportsCaller = { kind: 'schedule', schedule: 'dailySalesReport' };

/** `count` instants spread over `[start, end)`, both given as ISO strings. */
function spread(start: string, end: string, count: number): string[] {
  const from = Date.parse(start);
  const step = (Date.parse(end) - from) / count;
  return Array.from({ length: count }, (_, i) =>
    new Date(from + Math.floor(step * i + step / 2)).toISOString(),
  );
}

// Wednesday 17 June 2026 (CEST, UTC+2) runs from 2026-06-16T22:00Z to 2026-06-17T22:00Z: the orders at the
// edges, and the ones that a count by UTC day would take or miss, are placed on purpose.
const JUNE = saleOrdersAt(
  [
    '2026-06-16T21:59:59.999Z', // 23:59:59.999 on the 16th
    '2026-06-16T22:00:00.000Z', // 00:00 on the 17th
    '2026-06-16T23:30:00.000Z', // 01:30 on the 17th, still the 16th in UTC
    ...spread('2026-06-16T22:00:00.000Z', '2026-06-17T22:00:00.000Z', 40),
    '2026-06-17T21:59:59.000Z', // 23:59:59 on the 17th
    '2026-06-17T21:59:59.999Z',
    '2026-06-17T22:00:00.000Z', // 00:00 on the 18th
    '2026-06-17T23:30:00.000Z', // 01:30 on the 18th, still the 17th in UTC
  ],
  17,
  'J',
);
// Sunday 29 March 2026 has 23 hours (02:00 → 03:00): 2026-03-28T23:00Z to 2026-03-29T22:00Z.
const MARCH = saleOrdersAt(
  [
    '2026-03-28T22:59:59.999Z',
    '2026-03-28T23:00:00.000Z',
    '2026-03-29T00:59:59.000Z', // 01:59:59 CET
    '2026-03-29T01:00:00.000Z', // 03:00 CEST
    ...spread('2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z', 30),
    '2026-03-29T21:59:59.999Z', // 23:59:59.999 CEST
    '2026-03-29T22:00:00.000Z', // 00:00 on the 30th
    '2026-03-29T22:30:00.000Z', // before the 29th's midnight + 24 h: a 24-hour day would take it
  ],
  29,
  'M',
);
// Sunday 25 October 2026 has 25 hours (03:00 → 02:00): 2026-10-24T22:00Z to 2026-10-25T23:00Z.
const OCTOBER = saleOrdersAt(
  [
    '2026-10-24T21:59:59.999Z',
    '2026-10-24T22:00:00.000Z',
    '2026-10-25T00:30:00.000Z', // 02:30 CEST
    '2026-10-25T01:30:00.000Z', // 02:30 CET, the second time
    ...spread('2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z', 30),
    '2026-10-25T22:30:00.000Z', // 23:30 CET: a 24-hour day would miss it
    '2026-10-25T22:59:59.999Z',
    '2026-10-25T23:00:00.000Z', // 00:00 on the 26th
  ],
  25,
  'O',
);

/** The API's report of `date` from the independent figures. */
function expectedReport(orders: readonly SaleOrder[], date: string): Omit<SalesReport, 'generatedAt'> {
  return expectedSalesReport(orders, date, ZONE, 'EUR');
}

describe.each(SQL_ENGINES)('the daily sales report on %s', (engine) => {
  describe.skipIf(skipEngine(engine))('with the Data API and DynamoDB twins', () => {
    let db: TestDatabase;
    let dynamo: TestTwin;
    let sql: SqlExecutor;
    let clock: Date;
    let counts: StatementCounts;
    const published: ReportMessage[] = [];

    const deps = (): ReportsDeps => {
      const counted = countStatements(sql);
      counts = counted.counts;
      return {
        db: counted.executor,
        currency: 'EUR',
        timeZone: ZONE,
        now: () => clock,
        reports: dynamoReportStore(dynamo.client, 'salesReports'),
        publish: (message) => Promise.resolve(void published.push(message)),
        log: () => undefined,
      };
    };
    const call = (
      operation: ReportsEvent['operation'],
      args: Record<string, unknown>,
      caller: ReportsCaller = ADMIN,
    ): Promise<ReportsResult> => dispatch({ operation, arguments: args, caller } as ReportsEvent, deps());
    const report = async (date?: string): Promise<SalesReport> => {
      const result = await call('runDailySalesReport', date === undefined ? {} : { date });
      expect(result.error).toBeUndefined();
      return result.data as SalesReport;
    };

    beforeAll(async () => {
      db = await startTestDatabase(engine);
      sql = dataApiExecutor(db.client, db.target);
      dynamo = await startTestTwin();
      await createTables(dynamo.client, { salesReports: shop.tables.salesReports! });
      await placeSaleOrders(sql, [...JUNE, ...MARCH, ...OCTOBER]);
    });
    afterAll(async () => {
      await dynamo?.stop();
      await db?.stop();
    });

    it('counts the orders placed between two midnights of the shop’s time zone, with two statements', async () => {
      clock = new Date('2026-06-20T08:00:00.000Z');
      const expected = expectedReport(JUNE, '2026-06-17');
      expect(expected.orders).toBeGreaterThan(20);
      expect(expected.cancelled + expected.rejected).toBeGreaterThan(0);
      expect(expected.discounts.cents).toBeGreaterThan(0);
      expect(expected.topProducts).toHaveLength(10);

      expect(await report('2026-06-17')).toEqual({ ...expected, generatedAt: '2026-06-20T08:00:00.000Z' });
      expect(counts).toEqual({ statements: 2, transactions: 1 });
      // The days on either side get what this one did not take.
      expect(await report('2026-06-16')).toMatchObject(expectedReport(JUNE, '2026-06-16'));
      expect(await report('2026-06-18')).toMatchObject(expectedReport(JUNE, '2026-06-18'));
      const june18 = await report('2026-06-18');
      expect(june18.orders + june18.cancelled + june18.rejected).toBe(2);
    });

    it('stores the report and sends its summary to the admins’ topic', async () => {
      clock = new Date('2026-06-18T08:00:00.000Z');
      const answered = await report('2026-06-17');
      const stored = await dynamoReportStore(dynamo.client, 'salesReports').get('2026-06-17');
      expect(stored).toMatchObject({
        date: '2026-06-17',
        timeZone: ZONE,
        dayStart: '2026-06-16T22:00:00.000Z',
        dayEnd: '2026-06-17T22:00:00.000Z',
        currency: 'EUR',
        orders: answered.orders,
        revenueCents: answered.revenue.cents,
        generatedAt: answered.generatedAt,
      });
      const message = published.at(-1)!;
      expect(message.subject).toBe(`ShopSync sales 2026-06-17: ${answered.orders} orders`);
      expect(message.text).toContain(`Orders          ${answered.orders}\n`);
      expect(message.text).toContain(`${answered.topProducts[0]!.name} (${answered.topProducts[0]!.sku})`);
    });

    it('counts a 23-hour and a 25-hour day of the 2026 clock changes', async () => {
      clock = new Date('2026-11-01T12:00:00.000Z');
      const march = await report('2026-03-29');
      expect(march).toMatchObject(expectedReport(MARCH, '2026-03-29'));
      expect(await report('2026-03-30')).toMatchObject(expectedReport(MARCH, '2026-03-30'));
      const october = await report('2026-10-25');
      expect(october).toMatchObject(expectedReport(OCTOBER, '2026-10-25'));
      expect(await report('2026-10-24')).toMatchObject(expectedReport(OCTOBER, '2026-10-24'));
      const reports = dynamoReportStore(dynamo.client, 'salesReports');
      expect(await reports.get('2026-03-29')).toMatchObject({
        dayStart: '2026-03-28T23:00:00.000Z',
        dayEnd: '2026-03-29T22:00:00.000Z',
      });
      expect(await reports.get('2026-10-25')).toMatchObject({
        dayStart: '2026-10-24T22:00:00.000Z',
        dayEnd: '2026-10-25T23:00:00.000Z',
      });
      expect(published.at(-2)?.text).toContain('a 25-hour day: clocks moved back');
    });

    it('reports yesterday of the shop’s time zone by default, and refuses a day that has not ended', async () => {
      // 00:30 on the 18th in Berlin, still the 17th in UTC: yesterday is the 17th, not the 16th.
      clock = new Date('2026-06-17T22:30:00.000Z');
      expect(await report()).toMatchObject(expectedReport(JUNE, '2026-06-17'));
      for (const date of ['2026-06-18', '2026-06-19', '2030-01-01']) {
        expect(await call('runDailySalesReport', { date })).toEqual({
          error: {
            type: 'ValidationError',
            message:
              `date: ${date} has not ended yet in the shop's time zone (Europe/Berlin); the latest day ` +
              'that can be reported is 2026-06-17',
            info: { field: 'date', latest: '2026-06-17' },
          },
        });
      }
      expect(counts).toEqual({ statements: 0, transactions: 0 });
      expect(await call('runDailySalesReport', { date: '2026-06-17+02:00' })).toMatchObject({
        error: { type: 'ValidationError', info: { field: 'date' } },
      });
    });

    it('gives the same figures and a new generatedAt when run again, and counts a status changed since', async () => {
      clock = new Date('2026-06-18T08:00:00.000Z');
      const first = await report('2026-06-17');
      clock = new Date('2026-06-18T09:30:00.000Z');
      const second = await report('2026-06-17');
      expect(second).toEqual({ ...first, generatedAt: '2026-06-18T09:30:00.000Z' });
      const reports = dynamoReportStore(dynamo.client, 'salesReports');
      expect((await reports.get('2026-06-17'))?.generatedAt).toBe('2026-06-18T09:30:00.000Z');

      // An admin cancels a confirmed order of that day: the next run counts it as cancelled.
      const confirmed = JUNE.find(
        (order) => order.status === 'CONFIRMED' && order.createdAt >= '2026-06-17T00:00:00.000Z',
      )!;
      await sql.execute({
        sql: "UPDATE orders SET status = 'CANCELLED' WHERE id = :id",
        parameters: [{ name: 'id', value: { stringValue: confirmed.id } }],
      });
      const moved = JUNE.map((order) =>
        order === confirmed ? { ...order, status: 'CANCELLED' as const } : order,
      );
      const third = await report('2026-06-17');
      expect(third).toMatchObject(expectedReport(moved, '2026-06-17'));
      expect(third.cancelled).toBe(first.cancelled + 1);
      expect(third.orders).toBe(first.orders - 1);
      await sql.execute({
        sql: "UPDATE orders SET status = 'CONFIRMED' WHERE id = :id",
        parameters: [{ name: 'id', value: { stringValue: confirmed.id } }],
      });
    });

    it('answers a day without orders with zeros', async () => {
      clock = new Date('2026-06-18T08:00:00.000Z');
      expect(await report('2026-05-01')).toEqual({
        date: '2026-05-01',
        orders: 0,
        itemsSold: 0,
        revenue: { cents: 0, currency: 'EUR' },
        averageOrderValue: { cents: 0, currency: 'EUR' },
        discounts: { cents: 0, currency: 'EUR' },
        cancelled: 0,
        rejected: 0,
        topProducts: [],
        generatedAt: '2026-06-18T08:00:00.000Z',
      });
      expect(published.at(-1)?.text).toContain('No products sold.');
    });

    it('reads stored reports: one day, or a range of at most 92 days oldest first', async () => {
      clock = new Date('2026-11-01T12:00:00.000Z');
      for (const date of ['2026-03-29', '2026-06-16', '2026-06-17', '2026-10-25']) await report(date);
      const june17 = await call('salesReport', { date: '2026-06-17' });
      expect(june17.data).toMatchObject(expectedReport(JUNE, '2026-06-17'));
      expect(await call('salesReport', { date: '2026-06-20' })).toEqual({ data: null });

      const range = await call('salesReports', { from: '2026-06-01', to: '2026-08-31' });
      expect((range.data as SalesReport[]).map((r) => r.date)).toEqual([
        '2026-06-16',
        '2026-06-17',
        '2026-06-18',
      ]);
      expect((range.data as SalesReport[])[1]).toEqual(june17.data);
      const wide = await call('salesReports', { from: '2026-03-29', to: '2026-06-28' });
      expect((wide.data as SalesReport[]).map((r) => r.date)).toEqual([
        '2026-03-29',
        '2026-03-30',
        '2026-05-01',
        '2026-06-16',
        '2026-06-17',
        '2026-06-18',
      ]);
      expect(await call('salesReports', { from: '2026-03-29', to: '2026-06-29' })).toEqual({
        error: {
          type: 'ValidationError',
          message: 'to: the range is 93 days; it may span at most 92',
          info: { field: 'to', maxDays: 92 },
        },
      });
      expect(await call('salesReports', { from: '2026-06-17', to: '2026-06-16' })).toMatchObject({
        error: { type: 'ValidationError', info: { field: 'to' } },
      });
      expect(await call('salesReports', { from: '2026-06-17', to: '2026-06-17' })).toMatchObject({
        data: [{ date: '2026-06-17' }],
      });
      expect(await call('salesReports', { from: '2026-06-17Z', to: '2026-06-18' })).toMatchObject({
        error: { type: 'ValidationError', info: { field: 'from' } },
      });
    });

    it('refuses a shopper, and fails a scheduled run whose input is wrong instead of answering an error', async () => {
      clock = new Date('2026-06-18T08:00:00.000Z');
      for (const [operation, args] of [
        ['runDailySalesReport', {}],
        ['salesReport', { date: '2026-06-17' }],
        ['salesReports', { from: '2026-06-01', to: '2026-06-30' }],
      ] as const) {
        expect(await call(operation, args, SHOPPER)).toMatchObject({ error: { type: 'Unauthorized' } });
      }
      expect(counts).toEqual({ statements: 0, transactions: 0 });
      await expect(call('runDailySalesReport', { date: '2026-06-18' }, SCHEDULE)).rejects.toBeInstanceOf(
        ReportError,
      );
      expect(await call('runDailySalesReport', {}, SCHEDULE)).toMatchObject({ data: { date: '2026-06-17' } });
    });
  });
});
