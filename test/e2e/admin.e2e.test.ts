// The admin area end to end: the built app (app/) served by the whole twin, driven in headless Chromium.
// A shopper places orders through GraphQL (as the shop's own pages would); an admin watches the orders
// list, which shows a new order and its confirmation live over the real-time WebSocket (no reload),
// opens it, reads its history and marks it shipped with exactly the buttons the status allows; creates a
// promo code, sees an order redeem it and deactivates it; runs the sales report of a past day and sees
// the chart; and every admin page fits a 390 px phone without sideways scrolling. No page logs an error
// or reaches anything outside the twin. Screenshots go to test-results/screenshots/ (CI keeps them).
import path from 'node:path';
import { RDSDataClient } from '@aws-sdk/client-rds-data';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortOrderId } from '../../domain/shortOrderId.js';
import { dayAt, dayStart, shiftDay } from '../../app/src/admin/time/index.js';
import { dataApiExecutor } from '../../functions/lib/sql/dataApiExecutor.js';
import { shop } from '../../infra/shop.js';
import { LOCAL_CREDENTIALS } from '../../local/localAws.js';
import { demoCatalog } from '../../local/seed/index.js';
import type { Twin } from '../../local/twin.js';
import { SCREENSHOTS, skipE2e, skipNote, startE2eShop } from '../support/e2eShop.js';
import type { E2ePage, E2eShop } from '../support/e2eShop.js';
import { graphqlClient } from '../support/graphql.js';
import { expectedFigures, placeSaleOrders, saleOrdersAt } from '../support/salesOrders.js';
import { signInUser } from '../support/twinClients.js';

const USERS = {
  shopper: { email: 'e2e-buyer@shopsync.local', password: 'E2e-Buyer-Pass-1!', name: 'Bea Buyer' },
  admin: {
    email: 'e2e-manager@shopsync.local',
    password: 'E2e-Manager-Pass-1!',
    name: 'Max Manager',
    groups: ['admins'],
  },
} as const;
const ADDRESS = {
  name: 'Bea Buyer',
  line1: 'Hauptstraße 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
};
const PLACE = `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id status total { cents } } }`;
const ORDER = `query ($id: ID!) { order(id: $id) { id status } }`;
const QUOTE = `query ($code: String!, $subtotalCents: Int!) {
  quotePromoCode(code: $code, subtotalCents: $subtotalCents) { valid reason } }`;
const RUN_REPORT = `mutation ($date: AWSDate) { runDailySalesReport(date: $date) { date } }`;
const PROMO_CODE = 'E2E-SAVE5';
/** How long a poll waits for the twin's worker or the real-time link (a loaded machine is slow). */
const POLL = { timeout: 30_000 } as const;

/** An amount as the app shows it to an en-US reader. */
const euros = (cents: number): string =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(cents / 100);

describe.skipIf(skipE2e)(`the admin area in headless Chromium${skipNote}`, () => {
  let e2e: E2eShop;
  let twin: Twin;
  let admin: E2ePage;
  let api: ReturnType<typeof graphqlClient>;
  let shopper: { authorization: string };
  let keys = 0;
  const shipped: { id?: string } = {};

  /** A fresh browser profile, watched for errors and for requests or sockets outside the twin. */
  const newPage = (who: string, viewport?: { width: number; height: number }): Promise<E2ePage> =>
    e2e.newPage(who, viewport);

  /** Signs in through the sign-in page; resolves once the header offers to sign out. */
  async function signIn(page: Page, user: { readonly email: string; readonly password: string }) {
    await page.goto(`${twin.url}/signin`);
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).waitFor();
  }

  /** Places an order as the shopper through GraphQL, as the checkout page does. */
  async function placeOrder(items: readonly { productId: string; quantity: number }[], promoCode?: string) {
    keys += 1;
    const { placeOrder } = await api.ok<{
      placeOrder: { id: string; status: string; total: { cents: number } };
    }>(PLACE, shopper, {
      input: {
        items,
        shippingAddress: ADDRESS,
        idempotencyKey: `admin-e2e-${keys}-${Date.now()}`,
        ...(promoCode ? { promoCode } : {}),
      },
    });
    return placeOrder;
  }

  const orderStatus = async (id: string): Promise<string> =>
    (await api.ok<{ order: { status: string } }>(ORDER, shopper, { id })).order.status;

  /** The labels of the buttons in the order page's status group, in order. */
  const moveButtons = (page: Page): Promise<string[]> =>
    page.getByRole('group', { name: 'Change the status' }).getByRole('button').allTextContents();

  /** The text of every alert on the page: never an error type, an exception name or a field path. */
  async function expectPlainAlerts(page: Page): Promise<void> {
    for (const text of await page.getByRole('alert').allTextContents())
      expect(text).not.toMatch(/ValidationError|Conflict|NotFound|Exception|input\.|errorType/);
  }

  /** The row of the list whose header cell reads `name`. */
  const rowOf = (page: Page, name: string): Locator =>
    page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });

  beforeAll(async () => {
    e2e = await startE2eShop({ tmpPrefix: 'shopsync-admin-e2e-', demoUsers: USERS });
    twin = e2e.twin;
    api = graphqlClient(() => twin.config.graphqlUrl);
    shopper = {
      authorization: await signInUser(twin, USERS.shopper.email, USERS.shopper.password),
    };
    admin = await newPage('admin');
    await signIn(admin.page, USERS.admin);
  });

  afterAll(async () => {
    await e2e?.stop();
  });

  it('shows an order as it arrives and is confirmed, live, then marks it shipped with exactly the allowed moves', async () => {
    const { page } = admin;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Orders' }).click();
    await page.getByRole('heading', { name: 'Orders', level: 1 }).waitFor();
    await page.getByText('No orders yet.').waitFor();
    // The page's subscription is in place (the twin acknowledged it) before the order is placed.
    await expect.poll(() => twin.realtime.stats().subscriptions, POLL).toBeGreaterThan(0);
    // Marks this document: a reload would lose the mark.
    await page.evaluate('window.__adminE2e = "no reload"');

    const [first, second] = demoCatalog(twin.url).filter((product) => product.stock >= 5);
    const order = await placeOrder([
      { productId: first!.id, quantity: 2 },
      { productId: second!.id, quantity: 1 },
    ]);
    expect(order.status).toBe('PENDING');
    const row = rowOf(page, shortOrderId(order.id));
    const link = page.getByRole('link', { name: shortOrderId(order.id) });
    await link.waitFor(POLL);
    // The worker confirms it; the row follows without a reload.
    await row.getByText('Confirmed', { exact: true }).waitFor(POLL);
    await expect
      .poll(() => row.getByRole('cell').allTextContents())
      .toEqual(expect.arrayContaining(['3', euros(order.total.cents), 'Bea Buyer, Berlin (DE)']));
    expect(await page.evaluate('window.__adminE2e')).toBe('no reload');
    await page
      .getByRole('status')
      .filter({ hasText: `Order ${shortOrderId(order.id)} is now confirmed.` })
      .waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-orders.png'), fullPage: true });

    // Filters: by status and by customer, kept in the address.
    await page.getByLabel('Status').selectOption('PENDING');
    await page.getByRole('button', { name: 'Show orders' }).click();
    await page.getByText('No order matches these filters.').waitFor();
    await page.getByLabel('Status').selectOption('CONFIRMED');
    await page.getByRole('button', { name: 'Show orders' }).click();
    await link.waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('CONFIRMED');

    await link.click();
    await page.getByRole('heading', { name: `Order ${shortOrderId(order.id)}`, level: 1 }).waitFor();
    const history = page.getByRole('list', { name: 'Status history' });
    await expect
      .poll(() => history.getByRole('listitem').locator('strong').allTextContents())
      .toEqual(['Pending', 'Confirmed']);
    expect(await history.textContent()).toContain('by the shop');
    expect(await moveButtons(page)).toEqual(['Cancel order', 'Mark shipped']);

    await page.getByLabel('Reason (optional)').fill('Sent with DHL');
    await page.getByRole('button', { name: 'Mark shipped' }).click();
    await page.getByText('Marked shipped.').waitFor();
    await expect.poll(() => moveButtons(page)).toEqual(['Mark delivered']);
    await expect
      .poll(() => history.getByRole('listitem').locator('strong').allTextContents())
      .toEqual(['Pending', 'Confirmed', 'Shipped']);
    expect(await history.getByRole('listitem').last().textContent()).toMatch(/by an admin.*Sent with DHL/);
    expect(await orderStatus(order.id)).toBe('SHIPPED');
    shipped.id = order.id;
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-order.png'), fullPage: true });
  });

  it('creates a promo code, counts its redemption, and deactivates it', async () => {
    const { page } = admin;
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Promo codes' }).click();
    await page.getByRole('heading', { name: 'Promo codes', level: 1 }).waitFor();
    await page.getByText('No promo codes yet.').waitFor();
    await page.getByRole('link', { name: 'New promo code' }).click();
    await page.getByRole('textbox', { name: 'Code' }).fill(PROMO_CODE);
    await page.getByRole('radio', { name: 'Amount off (EUR)' }).check();
    await page.getByRole('textbox', { name: 'Amount (EUR)' }).fill('5,00');
    await page.getByLabel('Minimum order (EUR)').fill('20');
    await page.getByLabel('Total uses').fill('10');
    await page.getByRole('button', { name: 'Create promo code' }).click();
    await page.getByText(`Created ${PROMO_CODE}.`).waitFor();
    const row = rowOf(page, PROMO_CODE);
    await row.getByText('€5.00 off orders from €20.00').waitFor();
    await row.getByText('0 of 10').waitFor();
    await row.getByText('Usable').waitFor();

    // The same code again: refused, in words.
    await page.getByRole('link', { name: 'New promo code' }).click();
    await page.getByRole('textbox', { name: 'Code' }).fill(PROMO_CODE.toLowerCase());
    await page.getByRole('textbox', { name: 'Percent', exact: true }).fill('10');
    await page.getByRole('button', { name: 'Create promo code' }).click();
    await page.getByRole('alert').waitFor();
    await expectPlainAlerts(page);

    // An order redeems it once the worker confirms it; the list counts it.
    const product = demoCatalog(twin.url).find(
      (candidate) => candidate.stock >= 5 && candidate.priceCents >= 2000,
    );
    const order = await placeOrder([{ productId: product!.id, quantity: 1 }], PROMO_CODE.toLowerCase());
    await expect.poll(() => orderStatus(order.id), POLL).toBe('CONFIRMED');
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Promo codes' }).click();
    await rowOf(page, PROMO_CODE).getByText('1 of 10').waitFor(POLL);

    await page.getByRole('link', { name: PROMO_CODE }).click();
    await page.getByRole('heading', { name: `Promo code ${PROMO_CODE}`, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByText('Deactivated: shoppers cannot use it.').waitFor();
    const { quotePromoCode } = await api.ok<{ quotePromoCode: { valid: boolean; reason: string } }>(
      QUOTE,
      shopper,
      {
        code: PROMO_CODE,
        subtotalCents: 5000,
      },
    );
    expect(quotePromoCode).toEqual({ valid: false, reason: 'INACTIVE' });
    // An edit: only what changed is sent, and the stored value comes back into the form.
    await page.getByLabel('Total uses').fill('20');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Saved.').waitFor();
    await page.getByRole('link', { name: '← Promo codes' }).click();
    await rowOf(page, PROMO_CODE).getByText('1 of 20').waitFor();
    await rowOf(page, PROMO_CODE).getByText('Deactivated').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-promo-codes.png'), fullPage: true });
  });

  it('takes a price typed with a decimal comma', async () => {
    const { page } = admin;
    const product = demoCatalog(twin.url)[0]!;
    await page.goto(`${twin.url}/admin/products/${encodeURIComponent(product.id)}`);
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByLabel('Price (EUR)').fill('12,90');
    await details.getByRole('button', { name: 'Save changes' }).click();
    await details.getByText(/^Saved \(version \d+\)\.$/).waitFor();
    expect(await details.getByLabel('Price (EUR)').inputValue()).toBe('12.90');
    await page.getByText('In the catalog: shoppers see it, and can buy it while it is in stock.').waitFor();
  });

  it('runs the sales report of a past day and shows it in the chart, with the day and its best sellers', async () => {
    const { page } = admin;
    const zone = twin.config.timeZone;
    const yesterday = shiftDay(dayAt(Date.now(), zone).day, -1);
    const earlier = shiftDay(yesterday, -3);
    // Orders of past days, written as the orders function writes them (the API places orders now only).
    const at = (day: string, hours: number): string =>
      new Date(Date.parse(dayStart(day, zone)) + hours * 3_600_000).toISOString();
    const sales = saleOrdersAt(
      [at(yesterday, 9), at(yesterday, 13.5), at(yesterday, 20), at(earlier, 11)],
      12,
      'E',
    );
    const rds = new RDSDataClient({
      endpoint: twin.services.rdsData.endpoint,
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
    });
    try {
      await placeSaleOrders(
        dataApiExecutor(rds, {
          resourceArn: 'arn:aws:rds:us-east-1:000000000000:cluster:shopsync-local',
          secretArn: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:shopsync-local-db',
          database: shop.database.name,
        }),
        sales,
      );
    } finally {
      rds.destroy();
    }
    // The earlier day's report is run through the API; yesterday's through the page.
    const adminToken = { authorization: await signInUser(twin, USERS.admin.email, USERS.admin.password) };
    await api.ok(RUN_REPORT, adminToken, { date: earlier });
    const expected = expectedFigures(sales, yesterday, zone);
    expect(expected.orders).toBeGreaterThan(0);

    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Sales' }).click();
    await page.getByRole('heading', { name: 'Sales', level: 1 }).waitFor();
    const chart = page.getByRole('img', { name: 'Revenue and orders per day' });
    await chart.waitFor();
    await page.getByText('No report for this day yet.').waitFor();
    const dayInput = page.getByLabel('Day', { exact: true });
    expect(await dayInput.inputValue()).toBe(yesterday);
    // Today has not ended: the picker stops at yesterday.
    expect(await dayInput.getAttribute('max')).toBe(yesterday);
    expect(await chart.locator('rect.chart-bar').count()).toBe(1);

    await page.getByRole('button', { name: 'Run the report for this day' }).click();
    await page.getByRole('status').filter({ hasText: 'Report run for' }).waitFor(POLL);
    const figures = page.getByRole('definition');
    await expect.poll(() => figures.first().textContent()).toBe(euros(expected.revenueCents));
    expect(await figures.nth(1).textContent()).toBe(String(expected.orders));
    expect(await figures.nth(2).textContent()).toBe(String(expected.itemsSold));
    await page.getByRole('button', { name: 'Run the report again' }).waitFor();
    const best = page.getByRole('table', { name: 'Best sellers of the day, by units sold' });
    await expect
      .poll(() => best.getByRole('rowheader').allTextContents())
      .toEqual(expected.topProducts.map((product) => `${product.name} ${product.sku}`));

    // The chart holds both days now, and its table gives their figures.
    await expect.poll(() => chart.locator('rect.chart-bar').count()).toBe(2);
    expect(await chart.locator('rect.chart-missing').count()).toBe(28);
    await page.getByText('Each day’s figures').click();
    const days = page.getByRole('table', { name: 'Revenue and orders per day' });
    const yesterdayRow = days.getByRole('row').nth(1);
    expect(await yesterdayRow.getByRole('cell').allTextContents()).toEqual(
      expect.arrayContaining([String(expected.orders), euros(expected.revenueCents)]),
    );
    // Another day, from the table: its report is shown below.
    const earlierFigures = expectedFigures(sales, earlier, zone);
    await days.getByRole('row').nth(4).getByRole('button', { name: /^Show/ }).click();
    expect(new URL(page.url()).searchParams.get('day')).toBe(earlier);
    await expect.poll(() => figures.first().textContent()).toBe(euros(earlierFigures.revenueCents));
    await page.getByText('Each day’s figures').click();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-sales.png'), fullPage: true });
  });

  it('fits every admin page on a 390 px phone, without sideways scrolling', async () => {
    const { context, page } = await newPage('admin-phone', { width: 390, height: 844 });
    await signIn(page, USERS.admin);
    const product = demoCatalog(twin.url)[0]!;
    const pages: readonly [string, string, string][] = [
      ['/admin', 'Admin', 'admin-phone.png'],
      ['/admin/orders', 'Orders', 'admin-orders-phone.png'],
      [
        `/admin/orders/${shipped.id ?? ''}`,
        `Order ${shortOrderId(shipped.id ?? '')}`,
        'admin-order-phone.png',
      ],
      [`/admin/products/${product.id}`, product.name, 'admin-product-phone.png'],
      ['/admin/promo-codes', 'Promo codes', 'admin-promo-codes-phone.png'],
      ['/admin/promo-codes/new', 'New promo code', 'admin-promo-code-phone.png'],
      ['/admin/sales', 'Sales', 'admin-sales-phone.png'],
    ];
    for (const [address, heading, screenshot] of pages) {
      await page.goto(`${twin.url}${address}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: /^Loading/ })
            .count(),
        )
        .toBe(0);
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth'),
        address,
      ).toBeLessThanOrEqual(390);
      // The products page lists 50 products: its first screen shows the layout.
      await page.screenshot({ path: path.join(SCREENSHOTS, screenshot), fullPage: address !== '/admin' });
    }
    // The products table's price, stock and status are on screen, not scrolled off to the right.
    await page.goto(`${twin.url}/admin`);
    const firstRow = page
      .getByRole('table', { name: 'Active products, newest first' })
      .getByRole('row')
      .nth(1);
    for (const label of ['Price', 'Stock', 'Status']) {
      const cell = firstRow.locator(`td[data-label="${label}"]`);
      const box = await cell.boundingBox();
      expect(box, label).not.toBeNull();
      expect(box!.x + box!.width, label).toBeLessThanOrEqual(390);
    }
    await context.close();
  });

  it('logged no error in any page and reached nothing outside the twin', () => {
    expect(e2e.problems).toEqual([]);
  });
});
