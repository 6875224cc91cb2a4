// A shopper buys end to end: the built app (app/) served by the whole twin, driven in headless Chromium.
// A guest fills a cart from the catalog and a product page, signs up with the emailed code and finds the
// cart merged into the new account; checks out with a promo code (made by an admin through GraphQL) and
// watches the order turn from pending to confirmed on its page, live; finds the confirmation in the
// mailbox; sees the order shipped live when an admin ships it; cancels a second order and sees its stock
// back. A double-clicked "Place order" places one order, a guest cart merges into a stored one without
// loss or doubling, errors read as sentences, every page fits a phone, no page logs an error, and nothing
// is fetched outside the twin. Screenshots go to test-results/screenshots/ (CI keeps them as artifacts).
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortOrderId } from '../../domain/shortOrderId.js';
import type { Twin } from '../../local/twin.js';
import { SCREENSHOTS, skipE2e, skipNote, startE2eShop } from '../support/e2eShop.js';
import type { E2ePage, E2eShop } from '../support/e2eShop.js';
import { firstLoadBytes } from '../support/firstLoadBytes.js';
import { graphqlClient } from '../support/graphql.js';
import type { CallerHeaders } from '../support/graphql.js';
import { signInUser } from '../support/twinClients.js';

const USERS = {
  shopper: { email: 'e2e-sam@shopsync.local', password: 'E2e-Shopper-Pass-1!', name: 'Sam Shopper' },
  admin: {
    email: 'e2e-ada@shopsync.local',
    password: 'E2e-Admin-Pass-1!',
    name: 'Ada Admin',
    groups: ['admins'],
  },
} as const;
const NEWCOMER = { email: 'e2e-nora@shopsync.local', password: 'E2e-Nora-Pass-1!', name: 'Nora Newcomer' };
/** Products the test makes, found by the SKU prefix they share. */
const PRODUCTS = {
  teapot: { sku: 'SHOPPER-TEAPOT', name: 'Stoneware Teapot Shopper', priceCents: 1_250, stock: 20 },
  cups: { sku: 'SHOPPER-CUPS', name: 'Tea Cups Shopper', priceCents: 800, stock: 20 },
  lastOne: { sku: 'SHOPPER-LAST', name: 'Last Kettle Shopper', priceCents: 3_000, stock: 1 },
} as const;
const PROMO = 'SHOPPER10';
/** The shop's first-load JavaScript budget, gzipped (the figure). */
const FIRST_LOAD_BUDGET = 200 * 1024;

/** A price as the app shows it to an en-US reader. */
const euros = (cents: number): string =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(cents / 100);

// Records every text the order page's status badge shows, from the document's start: a reload would
// start the record again, so a record holding two statuses shows both without a reload.
const STATUS_RECORDER = `
  window.__statusTrail = [];
  new MutationObserver(() => {
    const badge = document.querySelector('.order-status .badge');
    const text = badge && badge.textContent;
    if (text && window.__statusTrail[window.__statusTrail.length - 1] !== text) window.__statusTrail.push(text);
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

describe.skipIf(skipE2e)(`a shopper buying in headless Chromium${skipNote}`, () => {
  const api = graphqlClient(() => twin.config.graphqlUrl);
  const ids: Record<keyof typeof PRODUCTS, string> = { teapot: '', cups: '', lastOne: '' };
  let e2e: E2eShop;
  let twin: Twin;
  let admin: CallerHeaders;
  let newcomer: E2ePage;
  let firstOrderUrl = '';

  /** A fresh browser profile (its own storage, so its own session), watched for errors and stray requests. */
  const newPage = (who: string, viewport?: { width: number; height: number }): Promise<E2ePage> =>
    e2e.newPage(who, viewport);

  const header = (page: Page) => page.getByRole('banner');
  const cartLink = (page: Page, count: number) =>
    header(page).getByRole('link', { name: `Cart, ${count} item${count === 1 ? '' : 's'}` });
  const statusTrail = (page: Page) => page.evaluate<string[]>('window.__statusTrail');
  const orderStatus = (page: Page) => page.getByRole('region', { name: 'Status' }).locator('.badge');
  const callAs = async (email: string, password: string): Promise<CallerHeaders> => ({
    authorization: await signInUser(twin, email, password),
  });
  const myOrders = async (who: CallerHeaders) =>
    (
      await api.ok<{ myOrders: { items: { id: string; status: string }[] } }>(
        '{ myOrders(limit: 100) { items { id status } } }',
        who,
      )
    ).myOrders.items;
  const stockOf = async (id: string) =>
    (
      await api.ok<{ product: { stock: number } }>('query ($id: ID!) { product(id: $id) { stock } }', admin, {
        id,
      })
    ).product.stock;
  const mailsTo = (address: string) =>
    twin.services.ses.emails().filter((mail) => mail.destination.to.includes(address));

  /** Adds `quantity` of the product on its page (the buy box in the right column). */
  async function addOnProductPage(page: Page, id: string, quantity: number): Promise<void> {
    await page.goto(`${twin.url}/products/${encodeURIComponent(id)}`);
    const buy = page.getByRole('region', { name: 'Buy' });
    await buy.getByLabel('Quantity').fill(String(quantity));
    await buy.getByRole('button', { name: 'Add to cart' }).click();
    await buy.getByRole('status').getByText('in your cart').waitFor();
  }

  /** Fills the checkout's address, when it is not prefilled. */
  async function fillAddress(page: Page): Promise<void> {
    const address = page.getByRole('group', { name: 'Shipping address' });
    await address.getByLabel('Street and number').fill('Hauptstraße 1');
    await address.getByLabel('Postal code').fill('10115');
    await address.getByLabel('City').fill('Berlin');
    await address.getByLabel('Country').selectOption('DE');
  }

  beforeAll(async () => {
    e2e = await startE2eShop({
      tmpPrefix: 'shopsync-shopper-e2e-',
      demoUsers: USERS,
      initScript: STATUS_RECORDER,
      poolRefusalsExpected: true,
    });
    twin = e2e.twin;
    admin = await callAs(USERS.admin.email, USERS.admin.password);
    for (const [key, product] of Object.entries(PRODUCTS) as [
      keyof typeof PRODUCTS,
      (typeof PRODUCTS)[keyof typeof PRODUCTS],
    ][]) {
      const { createProduct } = await api.ok<{ createProduct: { id: string } }>(
        'mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }',
        admin,
        { input: { ...product, category: 'Tea E2E', lowStockThreshold: 0 } },
      );
      ids[key] = createProduct.id;
    }
    await api.ok(
      'mutation ($input: CreatePromoCodeInput!) { createPromoCode(input: $input) { code } }',
      admin,
      { input: { code: PROMO, kind: 'PERCENT', value: 10 } },
    );
  });

  afterAll(async () => {
    await e2e?.stop();
  });

  it('keeps the first load of the shop under 200 KB of gzipped JavaScript', () => {
    const bytes = firstLoadBytes(e2e.appDir);
    console.log(`shop first load: ${(bytes / 1024).toFixed(1)} KiB of JavaScript, gzipped`);
    expect(bytes).toBeLessThan(FIRST_LOAD_BUDGET);
  });

  it('lets a guest add two products, from the catalog and from a product page, into a cart in the browser', async () => {
    newcomer = await newPage('newcomer');
    const { page } = newcomer;
    await page.goto(`${twin.url}/?q=SHOPPER-`);
    const card = page
      .getByRole('list', { name: 'Products' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: PRODUCTS.teapot.name }) });
    await card.getByLabel('Quantity').fill('2');
    await card.getByRole('button', { name: 'Add to cart' }).click();
    await card.getByRole('status').getByText('Added. 2 in your cart.').waitFor();
    await cartLink(page, 2).waitFor();

    await page.getByRole('link', { name: PRODUCTS.cups.name }).click();
    await page.getByRole('heading', { name: PRODUCTS.cups.name, level: 1 }).waitFor();
    // The buy box sits in the right column, beside the picture, at the top.
    const picture = await page.locator('.product .product-image').boundingBox();
    const buyBox = await page.getByRole('region', { name: 'Buy' }).boundingBox();
    expect(buyBox!.x).toBeGreaterThan(picture!.x + picture!.width - 1);
    expect(buyBox!.y).toBeLessThan(picture!.y + picture!.height / 2);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shopper-product.png') });
    const buy = page.getByRole('region', { name: 'Buy' });
    await buy.getByLabel('Quantity').fill('3');
    await buy.getByRole('button', { name: 'Add to cart' }).click();
    await cartLink(page, 5).waitFor();

    await cartLink(page, 5).click();
    await page.getByRole('heading', { name: 'Your cart' }).waitFor();
    const lines = page.getByRole('list', { name: 'Cart lines' }).getByRole('listitem');
    await expect.poll(() => lines.count()).toBe(2);
    await page.getByText(euros(2 * 1_250 + 3 * 800), { exact: true }).waitFor();
    expect(await page.evaluate<string | null>("localStorage.getItem('shopsync.guestCart')")).toContain(
      ids.teapot,
    );
    await page.getByRole('link', { name: 'Sign in to check out' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shopper-guest-cart.png'), fullPage: true });
  });

  it('signs the guest up with the emailed code and merges the guest cart into the new account once', async () => {
    const { page } = newcomer;
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Email').fill(NEWCOMER.email);
    await page.getByLabel('Name').fill(NEWCOMER.name);
    await page.getByLabel('Password').fill(NEWCOMER.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Confirm your email' }).waitFor();
    const code = (): string | undefined =>
      mailsTo(NEWCOMER.email)
        .map((mail) => /verification code is (\d+)/.exec(mail.body.text ?? '')?.[1])
        .find(Boolean);
    await expect.poll(code).toBeTruthy();
    // A wrong code is refused in words.
    await page.getByLabel('Confirmation code').fill(code() === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('alert').getByText('That code is not right.').waitFor();
    await page.getByLabel('Confirmation code').fill(code()!);
    await page.getByRole('button', { name: 'Confirm' }).click();

    // The header names the user by their name, and counts the merged cart.
    await header(page).getByText(`Signed in as ${NEWCOMER.name}`).waitFor();
    await cartLink(page, 5).waitFor();
    await expect
      .poll(() => page.evaluate<string | null>("localStorage.getItem('shopsync.guestCart')"))
      .toBeNull();
    const nora = await callAs(NEWCOMER.email, NEWCOMER.password);
    const stored = async () =>
      (
        await api.ok<{ cart: { items: { productId: string; quantity: number }[] } }>(
          '{ cart { items { productId quantity } } }',
          nora,
        )
      ).cart.items;
    expect(await stored()).toEqual([
      { productId: ids.teapot, quantity: 2 },
      { productId: ids.cups, quantity: 3 },
    ]);
    // Nothing merges twice: a reload finds the same cart.
    await page.reload();
    await cartLink(page, 5).waitFor();
    expect(await stored()).toHaveLength(2);
    expect((await stored()).map((item) => item.quantity)).toEqual([2, 3]);
  });

  it('checks out with a promo code and sees the order turn from pending to confirmed without a reload', async () => {
    const { page } = newcomer;
    await page.goto(`${twin.url}/cart`);
    await page.getByRole('link', { name: 'Check out' }).click();
    await page.getByRole('heading', { name: 'Checkout' }).waitFor();
    const address = page.getByRole('group', { name: 'Shipping address' });
    expect(await address.getByLabel('Full name').inputValue()).toBe(NEWCOMER.name);
    await fillAddress(page);

    // A code that does not exist is refused in words; the admin's code takes 10 % off.
    const summary = page.getByRole('complementary', { name: 'Order summary' });
    await summary.getByLabel('Promo code').fill('nope-code');
    await summary.getByRole('button', { name: 'Apply' }).click();
    await summary.getByText('There is no promo code NOPE-CODE.').waitFor();
    await summary.getByLabel('Promo code').fill(PROMO.toLowerCase());
    await summary.getByLabel('Promo code').press('Enter');
    await summary.getByText(`${PROMO} takes ${euros(490)} off your order.`).waitFor();
    await summary.getByText(euros(4_410), { exact: true }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shopper-checkout.png'), fullPage: true });

    await summary.getByRole('button', { name: 'Place order' }).click();
    await page.waitForURL(/\/orders\/[^/]+$/);
    firstOrderUrl = page.url();
    const orderId = decodeURIComponent(firstOrderUrl.split('/').pop()!);
    await page.getByRole('heading', { name: `Order ${shortOrderId(orderId)}` }).waitFor();
    await expect.poll(() => orderStatus(page).textContent()).toBe('Confirmed');
    // The page showed the order pending, then confirmed, in one document: no reload in between.
    expect(await statusTrail(page)).toEqual(['Waiting for confirmation', 'Confirmed']);
    await page.getByText(euros(4_410), { exact: true }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shopper-order-confirmed.png'), fullPage: true });

    const nora = await callAs(NEWCOMER.email, NEWCOMER.password);
    const { order } = await api.ok<{
      order: { status: string; total: { cents: number }; discount: { cents: number }; promoCode: string };
    }>('query ($id: ID!) { order(id: $id) { status total { cents } discount { cents } promoCode } }', nora, {
      id: orderId,
    });
    expect(order).toEqual({
      status: 'CONFIRMED',
      total: { cents: 4_410 },
      discount: { cents: 490 },
      promoCode: PROMO,
    });
    // The cart is empty now, and the address was saved to the profile.
    await cartLink(page, 0).waitFor();
    const { me } = await api.ok<{ me: { shippingAddress: { city: string } | null } }>(
      '{ me { shippingAddress { city } } }',
      nora,
    );
    expect(me.shippingAddress).toEqual({ city: 'Berlin' });

    // The confirmation is in the mailbox, naming the order as its page does.
    await expect
      .poll(() =>
        mailsTo(NEWCOMER.email).filter((mail) => mail.subject.includes(`${shortOrderId(orderId)} confirmed`)),
      )
      .toHaveLength(1);
  });

  it("shows the order shipped on the shopper's open page when an admin ships it", async () => {
    const { page } = newcomer;
    expect(page.url()).toBe(firstOrderUrl);
    const orderId = decodeURIComponent(firstOrderUrl.split('/').pop()!);
    // The page's subscription is started on the twin before the admin moves the order.
    await expect.poll(() => twin.realtime.stats().subscriptions).toBeGreaterThan(0);
    await api.ok('mutation ($id: ID!) { updateOrderStatus(id: $id, status: SHIPPED) { status } }', admin, {
      id: orderId,
    });
    await expect.poll(() => orderStatus(page).textContent()).toBe('Shipped');
    expect(await statusTrail(page)).toEqual(['Waiting for confirmation', 'Confirmed', 'Shipped']);
    await page.getByText('Your order is on its way.').waitFor();
    // A shipped order can no longer be cancelled: the button is gone.
    expect(await page.getByRole('button', { name: 'Cancel this order' }).count()).toBe(0);
  });

  it('cancels a second order and sees the last unit back in stock', async () => {
    const { page } = newcomer;
    // Asking for more than there is: the API's OutOfStock, in words with the product's name.
    await addOnProductPage(page, ids.lastOne, 2);
    await page.goto(`${twin.url}/checkout`);
    const summary = page.getByRole('complementary', { name: 'Order summary' });
    // The address saved at the first checkout is offered again.
    expect(await page.getByLabel('Street and number').inputValue()).toBe('Hauptstraße 1');
    await summary.getByRole('button', { name: 'Place order' }).click();
    await summary.getByRole('alert').getByText(`Only 1 left of ${PRODUCTS.lastOne.name}.`).waitFor();
    expect(await summary.getByRole('alert').textContent()).not.toMatch(/OutOfStock|errorType|input\./);

    await page.goto(`${twin.url}/cart`);
    const line = page.getByRole('list', { name: 'Cart lines' }).getByRole('listitem');
    await line.getByLabel('Quantity').fill('1');
    await line.getByRole('button', { name: 'Update' }).click();
    await cartLink(page, 1).waitFor();
    await page.getByRole('link', { name: 'Check out' }).click();
    await page
      .getByRole('complementary', { name: 'Order summary' })
      .getByRole('button', { name: 'Place order' })
      .click();
    await page.waitForURL((url) => url.pathname.startsWith('/orders/') && url.href !== firstOrderUrl);
    await expect.poll(() => orderStatus(page).textContent()).toBe('Confirmed');
    expect(await stockOf(ids.lastOne)).toBe(0);

    // The guest sees the kettle out of stock, then back once the order is cancelled.
    const guest = await newPage('guest');
    await guest.page.goto(`${twin.url}/products/${encodeURIComponent(ids.lastOne)}`);
    await guest.page
      .getByRole('region', { name: 'Buy' })
      .getByText('Out of stock', { exact: true })
      .waitFor();

    await page.getByRole('button', { name: 'Cancel this order' }).click();
    await page.getByRole('button', { name: 'Yes, cancel the order' }).click();
    await expect.poll(() => orderStatus(page).textContent()).toBe('Cancelled');
    expect(await stockOf(ids.lastOne)).toBe(1);
    await guest.page.reload();
    await guest.page.getByRole('region', { name: 'Buy' }).getByText('In stock', { exact: true }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shopper-order-cancelled.png'), fullPage: true });
    await guest.context.close();

    // The history lists both orders, newest first.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Orders' }).click();
    const orders = page.getByRole('list', { name: 'Orders' }).getByRole('listitem');
    await expect.poll(() => orders.count()).toBe(2);
    await orders.first().getByText('Cancelled').waitFor();
    await orders.last().getByText('Shipped').waitFor();
  });

  it('places one order for a double-clicked "Place order"', async () => {
    const { page } = newcomer;
    const nora = await callAs(NEWCOMER.email, NEWCOMER.password);
    const before = (await myOrders(nora)).length;
    await addOnProductPage(page, ids.teapot, 1);
    await page.goto(`${twin.url}/checkout`);
    await page.getByRole('button', { name: 'Place order' }).dblclick();
    await page.waitForURL((url) => url.pathname.startsWith('/orders/'));
    await expect.poll(() => orderStatus(page).textContent()).toBe('Confirmed');
    expect((await myOrders(nora)).length).toBe(before + 1);
  });

  it('merges a guest cart into a stored one on sign-in, adding quantities, losing nothing and doubling nothing', async () => {
    const sam = await callAs(USERS.shopper.email, USERS.shopper.password);
    await api.ok(
      'mutation ($id: ID!) { setCartItem(productId: $id, quantity: 1) { subtotal { cents } } }',
      sam,
      {
        id: ids.teapot,
      },
    );
    const { context, page } = await newPage('returning');
    await addOnProductPage(page, ids.teapot, 2);
    await addOnProductPage(page, ids.cups, 1);
    await cartLink(page, 3).waitFor();

    await page.goto(`${twin.url}/signin`);
    await page.getByLabel('Email').fill(USERS.shopper.email);
    await page.getByLabel('Password').fill('Not-The-Password-1!');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').getByText('The email or password is not right.').waitFor();
    await page.getByLabel('Password').fill(USERS.shopper.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await header(page).getByText(`Signed in as ${USERS.shopper.name}`).waitFor();
    await cartLink(page, 4).waitFor();

    const stored = async () =>
      (
        await api.ok<{ cart: { items: { productId: string; quantity: number }[] } }>(
          '{ cart { items { productId quantity } } }',
          sam,
        )
      ).cart.items;
    expect(await stored()).toEqual([
      { productId: ids.teapot, quantity: 3 },
      { productId: ids.cups, quantity: 1 },
    ]);
    // A second tab and a reload merge nothing again.
    const other = await context.newPage();
    await other.goto(`${twin.url}/cart`);
    await cartLink(other, 4).waitFor();
    await page.reload();
    await cartLink(page, 4).waitFor();
    expect(await stored()).toEqual([
      { productId: ids.teapot, quantity: 3 },
      { productId: ids.cups, quantity: 1 },
    ]);
    await other.close();
    await context.close();
  });

  it('fits every shopper page on a phone: no sideways scrolling, the header in two rows', async () => {
    const { context, page } = await newPage('phone', { width: 390, height: 844 });
    await page.goto(`${twin.url}/signin`);
    await page.getByLabel('Email').fill(NEWCOMER.email);
    await page.getByLabel('Password').fill(NEWCOMER.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await header(page).getByText(NEWCOMER.name).waitFor();
    await addOnProductPage(page, ids.cups, 1);
    const pages: readonly [string, string][] = [
      ['catalog', '/'],
      ['product', `/products/${encodeURIComponent(ids.teapot)}`],
      ['cart', '/cart'],
      ['checkout', '/checkout'],
      ['orders', '/orders'],
      ['order', new URL(firstOrderUrl).pathname],
      ['account', '/account'],
    ];
    for (const [name, address] of pages) {
      await page.goto(`${twin.url}${address}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.locator('[role="status"]', { hasText: /^Loading/ }).waitFor({ state: 'detached' });
      expect(await page.evaluate<number>('document.documentElement.scrollWidth'), name).toBeLessThanOrEqual(
        390,
      );
      // Two rows of links at most: brand and navigation, then the cart and the session.
      expect((await header(page).boundingBox())?.height, name).toBeLessThan(110);
      await page.screenshot({ path: path.join(SCREENSHOTS, `shopper-phone-${name}.png`) });
    }
    await context.close();
  });

  it('logged no error in any page and fetched nothing outside the twin', async () => {
    await newcomer?.context.close();
    expect(e2e.problems).toEqual([]);
  });
});
