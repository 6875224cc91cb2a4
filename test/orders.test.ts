// Orders end to end on the whole twin: GraphQL over HTTP as shoppers, an admin, the API key and IAM;
// placeOrder through the resolvers, the orders function and the queue; the worker triggered by SQS; the
// status pushed to real-time subscribers; the emails in the SES twin's mailbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order, OrderStatusEvent } from '../schema/generated/types.js';
import { RealtimeTestClient } from './support/RealtimeTestClient.js';
import { startShopTwin } from './support/shopTwin.js';
import type { ShopTwin } from './support/shopTwin.js';
import { signUpUser } from './support/twinClients.js';

const ORDER_FIELDS =
  'id userId status statusReason subtotal { cents } discount { cents } total { cents } promoCode ' +
  'items { productId sku quantity unitPrice { cents } lineTotal { cents } } ' +
  'shippingAddress { name city country } history { status reason by }';
const PLACE = `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { ${ORDER_FIELDS} } }`;
const ORDER = `query ($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;
const CANCEL = `mutation ($id: ID!) { cancelOrder(id: $id) { ${ORDER_FIELDS} } }`;
const MOVE = `mutation ($id: ID!, $status: OrderStatus!, $reason: String) {
  updateOrderStatus(id: $id, status: $status, reason: $reason) { ${ORDER_FIELDS} } }`;
const MY_ORDERS = `query ($limit: Int, $nextToken: String) {
  myOrders(limit: $limit, nextToken: $nextToken) { items { id status } nextToken } }`;
const ORDERS = `query ($filter: OrderFilter) { orders(filter: $filter, limit: 100) { items { id userId status } } }`;
const SUBSCRIPTION = `subscription ($orderId: ID) {
  onOrderStatusChanged(orderId: $orderId) { orderId userId status reason at } }`;
const ADDRESS = {
  name: 'Ann Example',
  line1: 'Hauptstraße 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
};

describe('orders on the whole twin', () => {
  let shop: ShopTwin;
  const people: Record<'ann' | 'bob', { sub: string; token: string; email: string }> = {
    ann: { sub: '', token: '', email: 'ann.orders@example.com' },
    bob: { sub: '', token: '', email: 'bob.orders@example.com' },
  };
  const clients: RealtimeTestClient[] = [];
  let keys = 0;

  const as = (who: 'ann' | 'bob' | 'admin') =>
    who === 'admin' ? shop.as('admin') : { authorization: people[who].token };
  const key = () => `orders-test-${(keys += 1)}-${Date.now()}`;
  const product = async (sku: string, stock: number, lowStockThreshold = 0): Promise<string> => {
    const { createProduct } = await shop.ok<{ createProduct: { id: string } }>(
      `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
      as('admin'),
      {
        input: {
          sku,
          name: `Stoneware ${sku}`,
          category: 'Tea',
          priceCents: 1_250,
          stock,
          lowStockThreshold,
        },
      },
    );
    return createProduct.id;
  };
  const stockOf = async (id: string): Promise<number> =>
    (
      await shop.ok<{ product: { stock: number } }>(
        `query ($id: ID!) { product(id: $id) { stock } }`,
        as('admin'),
        { id },
      )
    ).product.stock;
  const place = (who: 'ann' | 'bob', input: Record<string, unknown>) =>
    shop.call(PLACE, as(who), { input: { shippingAddress: ADDRESS, idempotencyKey: key(), ...input } });
  const placed = async (who: 'ann' | 'bob', input: Record<string, unknown>): Promise<Order> => {
    const { data, errors } = await place(who, input);
    expect(errors).toBeUndefined();
    return (data as { placeOrder: Order }).placeOrder;
  };
  const statusOf = async (id: string): Promise<string> =>
    (await shop.ok<{ order: Order }>(ORDER, as('admin'), { id })).order.status;
  const settled = (id: string) => expect.poll(() => statusOf(id), { timeout: 30_000 }).not.toBe('PENDING');
  const mailsTo = (address: string) =>
    shop.twin.services.ses.emails().filter((mail) => mail.destination.to.includes(address));

  async function subscribe(who: 'ann' | 'bob' | 'admin'): Promise<RealtimeTestClient> {
    const headers = {
      host: new URL(shop.twin.config.graphqlUrl).host,
      Authorization: as(who).authorization!,
    };
    const client = await RealtimeTestClient.connect(shop.twin.config.realtimeUrl, headers);
    clients.push(client);
    expect((await client.init()).type).toBe('connection_ack');
    expect((await client.start(`${who}-orders`, SUBSCRIPTION, headers, {})).type).toBe('start_ack');
    return client;
  }
  const events = (client: RealtimeTestClient): OrderStatusEvent[] =>
    client
      .all('data')
      .map(
        (message) =>
          (message.payload as { data: { onOrderStatusChanged: OrderStatusEvent } }).data.onOrderStatusChanged,
      );

  beforeAll(async () => {
    shop = await startShopTwin({ admins: ['admin'], shoppers: [] });
    for (const who of ['ann', 'bob'] as const) {
      const user = await signUpUser(shop.twin, people[who].email);
      people[who].sub = user.sub;
      people[who].token = user.idToken;
    }
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await shop?.stop();
  });

  it('places an order from the stored cart, confirms it through the queue, tells subscribers and emails', async () => {
    const teapot = await product('ORD-TEAPOT', 6, 5);
    const annSocket = await subscribe('ann');
    const bobSocket = await subscribe('bob');
    const adminSocket = await subscribe('admin');
    await shop.ok(
      `mutation ($id: ID!) { setCartItem(productId: $id, quantity: 2) { items { quantity } } }`,
      as('ann'),
      {
        id: teapot,
      },
    );

    const order = await placed('ann', {});
    expect(order).toMatchObject({
      userId: people.ann.sub,
      status: 'PENDING',
      subtotal: { cents: 2_500 },
      total: { cents: 2_500 },
      items: [{ productId: teapot, sku: 'ORD-TEAPOT', quantity: 2, unitPrice: { cents: 1_250 } }],
    });
    const cart = await shop.ok<{ cart: { items: unknown[] } }>('{ cart { items { quantity } } }', as('ann'));
    expect(cart.cart.items).toEqual([]);

    await settled(order.id);
    expect(await statusOf(order.id)).toBe('CONFIRMED');
    expect(await stockOf(teapot)).toBe(4);

    await expect.poll(() => events(annSocket).map((event) => event.status)).toEqual(['PENDING', 'CONFIRMED']);
    await expect
      .poll(() =>
        events(adminSocket)
          .filter((event) => event.orderId === order.id)
          .map((event) => event.status),
      )
      .toEqual(['PENDING', 'CONFIRMED']);
    // The admin was told after Bob's socket would have been: the twin sends one event to all at once.
    expect(events(bobSocket)).toEqual([]);

    await expect
      .poll(() => mailsTo(people.ann.email).filter((mail) => mail.subject.includes('confirmed')))
      .toHaveLength(1);
    const confirmation = mailsTo(people.ann.email).find((mail) => mail.subject.includes('confirmed'))!;
    expect(confirmation.body.text).toContain('Stoneware ORD-TEAPOT');
    expect(confirmation.body.html).toContain('Hauptstraße 1');
    await expect
      .poll(() =>
        mailsTo('admin@shopsync.local').filter((mail) => (mail.body.text ?? '').includes('ORD-TEAPOT')),
      )
      .toHaveLength(1);
  });

  it('answers every refusal of placeOrder by its errorType, creating nothing', async () => {
    const cup = await product('ORD-CUP', 3);
    const gone = await product('ORD-GONE', 3);
    await shop.ok(`mutation ($id: ID!) { deleteProduct(id: $id) { id } }`, as('admin'), { id: gone });
    await shop.ok(
      `mutation { createPromoCode(input: { code: "ORDFIVE", kind: FIXED, value: 500, minSubtotalCents: 10000 }) { code } }`,
      as('admin'),
    );

    const refusal = async (who: 'ann' | 'bob', input: Record<string, unknown>) => {
      const { errors } = await place(who, input);
      expect(errors).toHaveLength(1);
      return errors![0]!;
    };
    const outOfStock = await refusal('ann', { items: [{ productId: cup, quantity: 4 }] });
    expect(outOfStock).toMatchObject({
      errorType: 'OutOfStock',
      errorInfo: { productId: cup, available: 3 },
    });
    expect((await refusal('ann', { items: [{ productId: gone, quantity: 1 }] })).errorType).toBe('NotFound');
    const promo = await refusal('ann', { items: [{ productId: cup, quantity: 1 }], promoCode: 'ORDFIVE' });
    expect(promo).toMatchObject({ errorType: 'PromoCodeInvalid', errorInfo: { reason: 'BELOW_MINIMUM' } });
    expect((await refusal('ann', { items: [{ productId: cup, quantity: 100 }] })).errorType).toBe(
      'ValidationError',
    );
    expect((await refusal('ann', { items: [] })).errorType).toBe('ValidationError');
    const badCountry = await refusal('ann', {
      items: [{ productId: cup, quantity: 1 }],
      shippingAddress: { ...ADDRESS, country: 'XX' },
    });
    expect(badCountry.errorType).toBe('ValidationError');

    const input = { items: [{ productId: cup, quantity: 1 }], idempotencyKey: key() };
    const first = await placed('bob', input);
    const again = await placed('bob', input);
    expect(again.id).toBe(first.id);
    const conflict = await refusal('bob', { ...input, items: [{ productId: cup, quantity: 2 }] });
    expect(conflict).toMatchObject({ errorType: 'Conflict', errorInfo: { orderId: first.id } });

    const byKey = await shop.call(PLACE, shop.apiKey(), {
      input: { items: input.items, shippingAddress: ADDRESS, idempotencyKey: key() },
    });
    expect(byKey.errors?.[0]?.errorType).toBe('Unauthorized');
    const byIam = await shop.iam(PLACE, {
      input: { items: input.items, shippingAddress: ADDRESS, idempotencyKey: key() },
    });
    expect(byIam.errors?.[0]?.errorType).toBe('Unauthorized');
    await settled(first.id);
    expect(await stockOf(cup)).toBe(2);
  });

  it("keeps each shopper's orders their own; admins list and filter every order", async () => {
    const mug = await product('ORD-MUG', 20);
    const ann = await placed('ann', { items: [{ productId: mug, quantity: 1 }] });
    const bob = await placed('bob', { items: [{ productId: mug, quantity: 1 }] });

    expect((await shop.ok<{ order: Order | null }>(ORDER, as('bob'), { id: ann.id })).order).toBeNull();
    expect((await shop.ok<{ order: Order | null }>(ORDER, as('ann'), { id: ann.id })).order?.id).toBe(ann.id);
    const mine = await shop.ok<{ myOrders: { items: { id: string }[] } }>(MY_ORDERS, as('bob'), {
      limit: 50,
    });
    expect(mine.myOrders.items.map((order) => order.id)).toContain(bob.id);
    expect(mine.myOrders.items.map((order) => order.id)).not.toContain(ann.id);

    const refused = await shop.failure(ORDERS, as('ann'), {});
    expect(refused.errorType).toBe('Unauthorized');
    const all = await shop.ok<{ orders: { items: { id: string; userId: string }[] } }>(ORDERS, as('admin'), {
      filter: { userId: people.bob.sub },
    });
    expect(all.orders.items.map((order) => order.id)).toContain(bob.id);
    expect(all.orders.items.every((order) => order.userId === people.bob.sub)).toBe(true);

    const stolen = await shop.failure(CANCEL, as('bob'), { id: ann.id });
    expect(stolen.errorType).toBe('Unauthorized');
  });

  it('cancels for the owner with the stock back, and moves orders for admins with the shopper told', async () => {
    const kettle = await product('ORD-KETTLE', 5);
    const annSocket = await subscribe('ann');
    const order = await placed('ann', { items: [{ productId: kettle, quantity: 2 }] });
    await settled(order.id);
    expect(await stockOf(kettle)).toBe(3);

    const cancelled = await shop.ok<{ cancelOrder: Order }>(CANCEL, as('ann'), { id: order.id });
    expect(cancelled.cancelOrder.history.map((change) => change.status)).toEqual([
      'PENDING',
      'CONFIRMED',
      'CANCELLED',
    ]);
    expect(await stockOf(kettle)).toBe(5);
    const twice = await shop.failure(CANCEL, as('ann'), { id: order.id });
    expect(twice).toMatchObject({
      errorType: 'InvalidStateTransition',
      errorInfo: { from: 'CANCELLED', to: 'CANCELLED' },
    });
    await expect
      .poll(() =>
        events(annSocket)
          .filter((event) => event.orderId === order.id)
          .map((event) => event.status),
      )
      .toEqual(['PENDING', 'CONFIRMED', 'CANCELLED']);

    const next = await placed('ann', { items: [{ productId: kettle, quantity: 1 }] });
    await settled(next.id);
    const refused = await shop.failure(MOVE, as('ann'), { id: next.id, status: 'SHIPPED' });
    expect(refused.errorType).toBe('Unauthorized');
    const shipped = await shop.ok<{ updateOrderStatus: Order }>(MOVE, as('admin'), {
      id: next.id,
      status: 'SHIPPED',
      reason: 'DHL 00340434161094042557',
    });
    expect(shipped.updateOrderStatus).toMatchObject({
      status: 'SHIPPED',
      statusReason: 'DHL 00340434161094042557',
    });
    await expect
      .poll(() => mailsTo(people.ann.email).filter((mail) => /shipped/i.test(mail.subject)))
      .toHaveLength(1);
    const invalid = await shop.failure(MOVE, as('admin'), { id: next.id, status: 'PENDING' });
    expect(invalid).toMatchObject({
      errorType: 'InvalidStateTransition',
      errorInfo: { from: 'SHIPPED', to: 'PENDING' },
    });
  });
});
