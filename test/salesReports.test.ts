// The daily sales report on the whole twin: orders written into the Data API twin around the shop's
// last midnights, then the report run over HTTP as an admin, read back, refused to everyone else, sent
// to the admins' mailbox through the SNS topic, and run by the nightly schedule fired through the
// EventBridge Scheduler twin. Figures are compared with ones computed apart (`expectedFigures`).
import { RDSDataClient } from '@aws-sdk/client-rds-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataApiExecutor } from '../functions/lib/sql/dataApiExecutor.js';
import { shop as description } from '../infra/shop.js';
import { LOCAL_CREDENTIALS } from '../local/localAws.js';
import type { SalesReport } from '../schema/generated/types.js';
import {
  expectedReport as expectedSalesReport,
  localDate,
  placeSaleOrders,
  saleOrdersAt,
} from './support/salesOrders.js';
import type { SaleOrder } from './support/salesOrders.js';
import { startShopTwin } from './support/shopTwin.js';
import type { ShopTwin } from './support/shopTwin.js';

const ZONE = description.settings.timeZone;
const HOUR = 3_600_000;
const REPORT_FIELDS =
  'date orders itemsSold revenue { cents currency } averageOrderValue { cents currency } ' +
  'discounts { cents currency } cancelled rejected ' +
  'topProducts { productId sku name quantity revenue { cents currency } } generatedAt';
const RUN = `mutation ($date: AWSDate) { runDailySalesReport(date: $date) { ${REPORT_FIELDS} } }`;
const ONE = `query ($date: AWSDate!) { salesReport(date: $date) { ${REPORT_FIELDS} } }`;
const RANGE = `query ($from: AWSDate!, $to: AWSDate!) { salesReports(from: $from, to: $to) { ${REPORT_FIELDS} } }`;

/** `date` moved by `days` (plain calendar arithmetic on YYYY-MM-DD). */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 24 * HOUR).toISOString().slice(0, 10);
}

/** The first instant of `date` in `ZONE`, found with Intl alone: whole-hour offsets from -14 to +14. */
function midnight(date: string): number {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const candidates = Array.from({ length: 29 }, (_, i) => utcMidnight - (i - 14) * HOUR).filter(
    (instant) =>
      localDate(new Date(instant).toISOString(), ZONE) === date &&
      localDate(new Date(instant - 1).toISOString(), ZONE) !== date,
  );
  if (candidates.length === 0) throw new Error(`No midnight found for ${date} in ${ZONE}`);
  return Math.min(...candidates);
}

/** The API's report of `date` from the independent figures. */
function expectedReport(orders: readonly SaleOrder[], date: string): Omit<SalesReport, 'generatedAt'> {
  return expectedSalesReport(orders, date, ZONE, description.settings.currency);
}

describe('the daily sales report on the whole twin', () => {
  let shop: ShopTwin;
  let today: string;
  let yesterday: string;
  let orders: SaleOrder[];

  const reportEmails = (date: string) =>
    shop.twin.services.ses
      .emails()
      .filter((mail) => mail.subject.startsWith(`ShopSync sales ${date}:`))
      .filter((mail) => mail.destination.to.includes('admin@shopsync.local'));
  const run = async (date?: string): Promise<SalesReport> =>
    (await shop.ok<{ runDailySalesReport: SalesReport }>(RUN, shop.as('admin'), date ? { date } : {}))
      .runDailySalesReport;

  beforeAll(async () => {
    shop = await startShopTwin({ admins: ['admin'], shoppers: ['shopper'] });
    today = localDate(new Date().toISOString(), ZONE);
    yesterday = addDays(today, -1);
    const start = midnight(yesterday);
    const end = midnight(today);
    const at = (ms: number) => new Date(ms).toISOString();
    orders = saleOrdersAt(
      [
        at(start - 1), // 23:59:59.999 the day before
        at(start), // 00:00
        ...Array.from({ length: 24 }, (_, i) => at(start + Math.floor(((end - start) * (i + 0.5)) / 24))),
        at(end - 1000), // 23:59:59
        at(end - 1), // 23:59:59.999
        at(end), // 00:00 today
      ],
      2026,
      'T',
    );
    const client = new RDSDataClient({
      endpoint: shop.twin.services.rdsData.endpoint,
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
    });
    await placeSaleOrders(
      dataApiExecutor(client, {
        resourceArn: 'arn:aws:rds:us-east-1:000000000000:cluster:shopsync-local',
        secretArn: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:shopsync-local-db',
        database: description.database.name,
      }),
      orders,
    );
    client.destroy();
  });
  afterAll(async () => shop?.stop());

  it('publishes the shop’s time zone and currency in config.json', async () => {
    const config = (await (await fetch(`${shop.twin.url}/config.json`)).json()) as Record<string, unknown>;
    expect(config).toMatchObject({ currency: 'EUR', timeZone: 'Europe/Berlin' });
  });

  it('reports a day between two midnights of the shop’s time zone, stores it and emails it', async () => {
    const expected = expectedReport(orders, yesterday);
    expect(expected.orders + expected.cancelled + expected.rejected).toBe(27);
    const report = await run(yesterday);
    expect(report).toEqual({ ...expected, generatedAt: expect.any(String) as unknown });
    expect(Date.now() - Date.parse(report.generatedAt)).toBeLessThan(60_000);

    const stored = await shop.ok<{ salesReport: SalesReport }>(ONE, shop.as('admin'), { date: yesterday });
    expect(stored.salesReport).toEqual(report);
    const range = await shop.ok<{ salesReports: SalesReport[] }>(RANGE, shop.as('admin'), {
      from: addDays(today, -91),
      to: today,
    });
    expect(range.salesReports).toEqual([report]);
    expect(
      (await shop.ok<{ salesReport: null }>(ONE, shop.as('admin'), { date: addDays(yesterday, -1) }))
        .salesReport,
    ).toBeNull();

    await expect.poll(() => reportEmails(yesterday).length).toBe(1);
    const [mail] = reportEmails(yesterday);
    expect(mail!.subject).toBe(
      `ShopSync sales ${yesterday}: ${report.orders} ${report.orders === 1 ? 'order' : 'orders'}`,
    );
    expect(mail!.body.text).toContain(`Orders          ${report.orders}\n`);
    expect(mail!.body.text).toContain(`Items sold      ${report.itemsSold}\n`);
    expect(mail!.body.text).toContain(`(${ZONE}`);
  });

  it('runs for yesterday when no date is given, and again with the same figures', async () => {
    const first = await run();
    // Should the shop's midnight pass during the test, "yesterday" moved with it.
    const latest = addDays(localDate(new Date().toISOString(), ZONE), -1);
    expect([yesterday, latest]).toContain(first.date);
    if (first.date !== yesterday) return;
    const again = await run(yesterday);
    expect({ ...again, generatedAt: first.generatedAt }).toEqual(first);
    expect(Date.parse(again.generatedAt)).toBeGreaterThanOrEqual(Date.parse(first.generatedAt));
  });

  it('is run by the nightly schedule: fired through the Scheduler twin, it stores the report and emails it', async () => {
    const before = await shop.ok<{ salesReport: SalesReport }>(ONE, shop.as('admin'), { date: yesterday });
    const emails = reportEmails(yesterday).length;
    await shop.twin.services.scheduler.fire('dailySalesReport');
    const date = addDays(localDate(new Date().toISOString(), ZONE), -1);
    const after = await shop.ok<{ salesReport: SalesReport }>(ONE, shop.as('admin'), { date });
    expect(after.salesReport).toMatchObject(expectedReport(orders, date));
    if (date === yesterday) {
      expect(after.salesReport.generatedAt > before.salesReport.generatedAt).toBe(true);
      await expect.poll(() => reportEmails(yesterday).length).toBe(emails + 1);
    } else {
      await expect.poll(() => reportEmails(date).length).toBe(1);
    }
  });

  it('refuses today, a later day, a date with an offset, and a range that is reversed or too long', async () => {
    for (const date of [today, addDays(today, 1)]) {
      const error = await shop.failure(RUN, shop.as('admin'), { date });
      expect(error).toMatchObject({
        errorType: 'ValidationError',
        errorInfo: { field: 'date', latest: yesterday },
        path: ['runDailySalesReport'],
      });
    }
    expect(await shop.failure(RUN, shop.as('admin'), { date: `${yesterday}Z` })).toMatchObject({
      errorType: 'ValidationError',
      errorInfo: { field: 'date' },
    });
    expect(await shop.failure(ONE, shop.as('admin'), { date: `${yesterday}+01:00` })).toMatchObject({
      errorType: 'ValidationError',
      errorInfo: { field: 'date' },
    });
    expect(
      await shop.failure(RANGE, shop.as('admin'), { from: addDays(yesterday, -92), to: yesterday }),
    ).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'to', maxDays: 92 } });
    expect(
      await shop.failure(RANGE, shop.as('admin'), { from: yesterday, to: addDays(yesterday, -1) }),
    ).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'to' } });
  });

  it('refuses shoppers, the API key and IAM on all three fields', async () => {
    const calls = [
      [RUN, { date: yesterday }],
      [ONE, { date: yesterday }],
      [RANGE, { from: yesterday, to: yesterday }],
    ] as const;
    for (const [query, variables] of calls) {
      expect(await shop.failure(query, shop.as('shopper'), variables), query).toMatchObject({
        errorType: 'Unauthorized',
      });
      expect(await shop.failure(query, shop.apiKey(), variables), query).toMatchObject({
        errorType: 'Unauthorized',
      });
      const iam = await shop.iam(query, variables);
      expect(iam.errors, query).toEqual([expect.objectContaining({ errorType: 'Unauthorized' })]);
    }
    expect(reportEmails(today)).toEqual([]);
  });
});
