// The shop end to end: the built app (app/) served by the whole twin, driven in headless Chromium. A guest
// searches the seeded catalog and opens a product; an admin signs in, creates a product and adjusts its
// stock; the guest then finds it in stock. Along the way: a shopper sees no admin area, a newcomer signs up
// with the emailed code, the API's errors are shown in words naming the field, and no page logs an error or fetches
// anything outside the twin. Screenshots go to test-results/screenshots/ (CI keeps them as artifacts).
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppConfig } from '../../app/src/config/AppConfig.js';
import { parseAppConfig } from '../../app/src/config/parseAppConfig.js';
import { demoCatalog } from '../../local/seed/index.js';
import type { LocalClientConfig, Twin } from '../../local/twin.js';
import { SCREENSHOTS, skipE2e, skipNote, startE2eShop } from '../support/e2eShop.js';
import type { E2eShop } from '../support/e2eShop.js';

const USERS = {
  shopper: { email: 'e2e-shopper@shopsync.local', password: 'E2e-Shopper-Pass-1!', name: 'Sam Shopper' },
  admin: {
    email: 'e2e-admin@shopsync.local',
    password: 'E2e-Admin-Pass-1!',
    name: 'Ada Admin',
    groups: ['admins'],
  },
} as const;
const NEW_PRODUCT = {
  sku: 'E2E-LAMP-001',
  name: 'Aurora Reading Lamp E2E',
  category: 'Lighting E2E',
  price: '49.90',
  description: 'A warm reading lamp, created by the end-to-end test.',
} as const;

/** The twin's LocalClientConfig must stay an AppConfig: the compiler checks this, the first test the values. */
const asAppConfig = (config: LocalClientConfig): AppConfig => config;
/** A price as the app shows it to an en-US reader. */
const euros = (cents: number): string =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(cents / 100);

describe.skipIf(skipE2e)(`the shop in headless Chromium${skipNote}`, () => {
  const graphqlHeaders: { readonly who: string; readonly headers: Record<string, string> }[] = [];
  let e2e: E2eShop;
  let twin: Twin;
  let guest: Page;

  /** A fresh watched browser profile (`E2eShop.newPage`), its GraphQL requests' headers recorded. */
  async function newPage(who: string): Promise<{ context: BrowserContext; page: Page }> {
    const { context, page } = await e2e.newPage(who);
    page.on('request', (request) => {
      if (request.url() === twin.config.graphqlUrl) graphqlHeaders.push({ who, headers: request.headers() });
    });
    return { context, page };
  }

  /** Signs in through the sign-in page; resolves once the header names the user. */
  async function signIn(
    page: Page,
    user: { readonly email: string; readonly password: string; readonly name: string },
  ): Promise<void> {
    await page.goto(`${twin.url}/signin`);
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText(`Signed in as ${user.name}`).waitFor();
  }

  beforeAll(async () => {
    e2e = await startE2eShop({ tmpPrefix: 'shopsync-e2e-', demoUsers: USERS });
    twin = e2e.twin;
    guest = (await newPage('guest')).page;
  });

  afterAll(async () => {
    await e2e?.stop();
  });

  it("serves a /config.json the app accepts, naming the local pool's flow and endpoint", () => {
    expect(parseAppConfig(asAppConfig(twin.config))).toMatchObject({
      graphqlUrl: `${twin.url}/graphql`,
      authFlow: 'USER_PASSWORD_AUTH',
      userPoolEndpoint: twin.config.userPoolEndpoint,
      mailboxUrl: twin.config.mailboxUrl,
    });
  });

  it('lets a guest browse, filter, sort, page, search and open a product, with the API key', async () => {
    const products = demoCatalog(twin.url);
    await guest.goto(twin.url);
    await guest.getByRole('heading', { name: 'Catalog', level: 1 }).waitFor();
    const cards = guest.getByRole('list', { name: 'Products' }).getByRole('listitem');
    await expect.poll(() => cards.count()).toBe(24);
    await guest.getByRole('status').filter({ hasText: '24 products shown' }).waitFor();
    await guest.screenshot({ path: path.join(SCREENSHOTS, 'catalog.png') });

    // "Load more" appends the next page, keyed by the API's nextToken.
    await guest.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => cards.count()).toBe(48);

    // A category and an order: every card is of that category, cheapest first.
    const category = products[0]!.category;
    await guest.getByLabel('Category').selectOption(category);
    await guest.getByLabel('Sort by').selectOption('PRICE_ASC');
    await expect.poll(() => new URL(guest.url()).searchParams.get('sort')).toBe('PRICE_ASC');
    const cheapest = Math.min(
      ...products.filter((product) => product.category === category).map((product) => product.priceCents),
    );
    await expect.poll(() => cards.first().locator('.price').textContent()).toBe(euros(cheapest));
    for (const text of await cards.locator('.card-category').allTextContents()) expect(text).toBe(category);

    // Search (name or SKU) and open the product.
    const wanted = products[3]!;
    await guest.getByRole('link', { name: 'ShopSync' }).click();
    await guest.getByRole('searchbox', { name: 'Search' }).fill(wanted.sku);
    await guest.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => cards.count()).toBe(1);
    await guest.getByRole('link', { name: wanted.name }).click();
    await guest.getByRole('heading', { name: wanted.name, level: 1 }).waitFor();
    await guest.getByText(wanted.description.split('\n')[0]!.slice(0, 40)).first().waitFor();
    await guest.getByText(euros(wanted.priceCents), { exact: true }).waitFor();
    await guest.getByText(wanted.stock > 0 ? 'In stock' : 'Out of stock', { exact: true }).waitFor();
    // The picture is the twin's generated SVG, loaded (this file has no DOM types: the check is a string).
    await guest.getByRole('img', { name: wanted.name }).waitFor();
    await expect
      .poll(() => guest.evaluate<number>("document.querySelector('img.product-image-page').naturalWidth"))
      .toBeGreaterThan(0);

    // An empty result says so.
    await guest.goto(`${twin.url}/?q=${encodeURIComponent('no such product anywhere')}`);
    await guest.getByText('No products match').waitFor();

    const guestCalls = graphqlHeaders.filter((call) => call.who === 'guest');
    expect(guestCalls.length).toBeGreaterThan(3);
    for (const { headers } of guestCalls) {
      expect(headers['x-api-key']).toBe(twin.config.apiKey);
      expect(headers.authorization).toBeUndefined();
    }
  });

  it('shows a shopper no admin area, and tells them so at /admin', async () => {
    const { context, page } = await newPage('shopper');
    await signIn(page, USERS.shopper);
    expect(
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).count(),
    ).toBe(0);
    await page.goto(`${twin.url}/admin`);
    await page.getByText("This area is for the shop's admins.").waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    // The header's link: the page may show a second "Sign in" link in its guest message.
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    await context.close();
  });

  it('lets an admin create a product and adjust its stock, with the ID token, showing API errors', async () => {
    const { context, page } = await newPage('admin');
    await signIn(page, USERS.admin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { name: 'Admin', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Products at or below their low-stock threshold' }).waitFor();
    await page.getByRole('table', { name: 'Active products, newest first' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin.png'), fullPage: true });

    await page.getByRole('link', { name: 'New product' }).click();
    await page.getByLabel('SKU').fill(NEW_PRODUCT.sku);
    await page.getByLabel('Name').fill(NEW_PRODUCT.name);
    await page.getByLabel('Description').fill(NEW_PRODUCT.description);
    await page.getByLabel('Category').fill(NEW_PRODUCT.category);
    await page.getByLabel('Price').fill(NEW_PRODUCT.price);
    // The API refuses a plain-http image: its ValidationError names the field, which is marked invalid.
    await page.getByLabel('Image URL').fill('http://images.example.com/lamp.png');
    await page.getByRole('button', { name: 'Create product' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Image URL must be an https URL.').waitFor();
    expect(await alert.textContent()).not.toMatch(/ValidationError|input\./);
    expect(await page.getByLabel('Image URL').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Image URL').fill('');
    await page.getByRole('button', { name: 'Create product' }).click();

    await page.getByRole('heading', { name: NEW_PRODUCT.name, level: 1 }).waitFor();
    await page.getByText(`Created ${NEW_PRODUCT.name}.`).waitFor();
    const stock = page.getByRole('region', { name: 'Stock' });
    expect(await stock.locator('.stock-count').textContent()).toBe('0');

    // Taking more than is in stock is refused with the API's message and field; adding works.
    await stock.getByLabel('Units to add or take').fill('-3');
    await stock.getByLabel('Reason').fill('stocktake');
    await stock.getByRole('button', { name: 'Adjust stock' }).click();
    await stock
      .getByRole('alert')
      .getByText('Units to add or take would take the stock of 0 below 0.')
      .waitFor();
    await stock.getByLabel('Units to add or take').fill('7');
    await stock.getByLabel('Reason').fill('delivery from the e2e test');
    await stock.getByRole('button', { name: 'Adjust stock' }).click();
    await stock.getByText('Stock adjusted by +7: now 7.').waitFor();
    expect(await stock.locator('.stock-count').textContent()).toBe('7');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-product.png'), fullPage: true });

    // An edit is based on the version shown, and moves it on.
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByLabel('Price (EUR)').fill('44.50');
    await details.getByRole('button', { name: 'Save changes' }).click();
    await details.getByText('Saved (version 2).').waitFor();

    const adminCalls = graphqlHeaders.filter((call) => call.who === 'admin');
    expect(adminCalls.length).toBeGreaterThan(3);
    for (const { headers } of adminCalls) {
      expect(headers.authorization).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(headers['x-api-key']).toBeUndefined();
    }
    await context.close();
  });

  it('shows the guest the new product, in stock, found by search', async () => {
    await guest.goto(twin.url);
    await guest.getByRole('searchbox', { name: 'Search' }).fill('Aurora Reading Lamp');
    await guest.getByRole('button', { name: 'Search' }).click();
    const card = guest.getByRole('list', { name: 'Products' }).getByRole('listitem');
    await expect.poll(() => card.count()).toBe(1);
    await card.getByText('In stock', { exact: true }).waitFor();
    await card.getByRole('link', { name: NEW_PRODUCT.name }).click();
    await guest.getByRole('heading', { name: NEW_PRODUCT.name, level: 1 }).waitFor();
    await guest.getByText('€44.50', { exact: true }).waitFor();
    await guest.getByText('In stock', { exact: true }).waitFor();
    await guest.getByText(NEW_PRODUCT.description).waitFor();
  });

  it('refuses a stale edit with Conflict, and archives and restores the product', async () => {
    const { context, page } = await newPage('admin');
    await signIn(page, USERS.admin);
    await page.goto(`${twin.url}/admin?q=${encodeURIComponent(NEW_PRODUCT.sku)}`);
    await page.getByRole('link', { name: NEW_PRODUCT.name }).click();
    await page.getByRole('heading', { name: NEW_PRODUCT.name, level: 1 }).waitFor();
    const productUrl = page.url();

    // Another tab saves first: this tab's edit, based on the version it showed, is a Conflict.
    const other = await context.newPage();
    await other.goto(productUrl);
    await other.getByLabel('Description').fill('Changed in another tab.');
    await other.getByRole('button', { name: 'Save changes' }).click();
    await other.getByText('Saved (version 3).').waitFor();
    await other.close();
    await page.getByLabel('Name', { exact: true }).fill(`${NEW_PRODUCT.name} (stale)`);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page
      .getByRole('alert')
      .getByText('Someone changed this product while you were editing it.')
      .waitFor();
    await page.getByRole('button', { name: 'Reload the product' }).click();
    await expect.poll(() => page.getByLabel('Description').inputValue()).toBe('Changed in another tab.');
    await page.getByText('version 3', { exact: false }).first().waitFor();

    // Archived: gone from the guest's catalog and product page; restored: back.
    await page.getByRole('button', { name: 'Archive product' }).click();
    await page.getByRole('button', { name: 'Yes, archive it' }).click();
    await page.getByText('Archived: not in the catalog.').waitFor();
    await guest.goto(productUrl.replace('/admin/products/', '/products/'));
    await guest.getByRole('heading', { name: 'Product not found' }).waitFor();
    await page.getByRole('button', { name: 'Restore to the catalog' }).click();
    await page.getByRole('button', { name: 'Archive product' }).waitFor();
    await guest.reload();
    await guest.getByRole('heading', { name: NEW_PRODUCT.name, level: 1 }).waitFor();
    await context.close();
  });

  it('signs a newcomer up with the emailed code (the mailbox is linked), then signs them out', async () => {
    const { context, page } = await newPage('newcomer');
    const email = 'e2e-newcomer@shopsync.local';
    await page.goto(`${twin.url}/signup`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Name').fill('Nora Newcomer');
    await page.getByLabel('Password').fill('E2e-Newcomer-Pass-1!');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Confirm your email' }).waitFor();
    const mailbox = page.getByRole('link', { name: /local mailbox/ });
    expect(await mailbox.getAttribute('href')).toBe(twin.config.mailboxUrl);

    // The code as the mailbox page shows it: the email the twin's SES delivered.
    const code = (): string | undefined =>
      twin.services.ses
        .emails()
        .filter((mail) => mail.destination.to.includes(email))
        .map((mail) => /verification code is (\d+)/.exec(mail.body.text ?? '')?.[1])
        .find(Boolean);
    await expect.poll(code).toBeTruthy();
    await page.getByLabel('Confirmation code').fill(code()!);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Signed in as Nora Newcomer').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Sign up' }).waitFor();
    await context.close();
  });

  it('lays the catalog out without sideways scrolling on a phone', async () => {
    const { context, page } = await newPage('phone');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(twin.url);
    await page.getByRole('list', { name: 'Products' }).waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'catalog-phone.png') });
    await context.close();
  });

  it('logged no error in any page and fetched nothing outside the twin', () => {
    expect(e2e.problems).toEqual([]);
  });
});
