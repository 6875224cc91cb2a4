// The cart through the whole twin, over HTTP: shoppers' carts in DynamoDB through the cart pipelines
// (APPSYNC_JS in the AppSync twin's sandbox), priced by one call of the catalog function per cart. Every
// error branch is asserted by its errorType, and every refused call is shown to change nothing.
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shop } from '../infra/shop.js';
import type { StackDescription } from '../infra/description.js';
import { startShopTwin } from './support/shopTwin.js';
import type { ShopTwin } from './support/shopTwin.js';

interface CartLine {
  readonly productId: string;
  readonly quantity: number;
  readonly product: { readonly id: string; readonly name: string; readonly price: { cents: number } } | null;
}
interface CartView {
  readonly items: readonly CartLine[];
  readonly subtotal: { readonly cents: number; readonly currency: string };
  readonly updatedAt: string | null;
}

const CART_FIELDS =
  'items { productId quantity product { id name price { cents } } } subtotal { cents currency } updatedAt';
const CART = `{ cart { ${CART_FIELDS} } }`;
const SET = `mutation ($productId: ID!, $quantity: Int!) { setCartItem(productId: $productId, quantity: $quantity) { ${CART_FIELDS} } }`;
const MERGE = `mutation ($items: [CartItemInput!]!) { mergeCart(items: $items) { ${CART_FIELDS} } }`;
const CLEAR = `mutation { clearCart { ${CART_FIELDS} } }`;
describe('the cart through the whole twin', () => {
  let shopTwin: ShopTwin;
  let products: { id: string; name: string; priceCents: number }[] = [];
  const catalogCalls = (): number => shopTwin.twin.services.lambda.invocations('catalog');

  const cart = async (who: string): Promise<CartView> =>
    (await shopTwin.ok<{ cart: CartView }>(CART, shopTwin.as(who))).cart;
  const set = async (who: string, productId: string, quantity: number): Promise<CartView> =>
    (await shopTwin.ok<{ setCartItem: CartView }>(SET, shopTwin.as(who), { productId, quantity }))
      .setCartItem;
  const lines = (view: CartView) => view.items.map((item) => [item.productId, item.quantity]);

  beforeAll(async () => {
    shopTwin = await startShopTwin({ admins: ['admin'], shoppers: ['ann', 'bob', 'cyd'] });
    // 60 products in one request: AppSync runs a mutation's root fields one after the other.
    const fields = Array.from(
      { length: 60 },
      (_, i) =>
        `p${i}: createProduct(input: { sku: "CART-${i}", name: "Cart thing ${i}", category: "Things", priceCents: ${100 + i}, stock: 10 }) { id name price { cents } }`,
    );
    const created = await shopTwin.ok<Record<string, { id: string; name: string; price: { cents: number } }>>(
      `mutation { ${fields.join('\n')} }`,
      shopTwin.as('admin'),
    );
    products = Object.values(created).map((p) => ({ id: p.id, name: p.name, priceCents: p.price.cents }));
  });

  afterAll(() => shopTwin?.stop());

  it('answers an empty cart when none is stored, without calling the catalog', async () => {
    const before = catalogCalls();
    expect(await cart('ann')).toEqual({
      items: [],
      subtotal: { cents: 0, currency: 'EUR' },
      updatedAt: null,
    });
    expect(catalogCalls()).toBe(before);
  });

  it('adds, changes and removes lines, keeps them in the order added, and prices them from the catalog', async () => {
    const [a, b, c] = products as [(typeof products)[0], (typeof products)[0], (typeof products)[0]];
    await set('ann', a.id, 2);
    await set('ann', b.id, 1);
    let view = await set('ann', c.id, 3);
    expect(lines(view)).toEqual([
      [a.id, 2],
      [b.id, 1],
      [c.id, 3],
    ]);
    expect(view.items[0]!.product).toEqual({ id: a.id, name: a.name, price: { cents: a.priceCents } });
    expect(view.subtotal).toEqual({
      cents: 2 * a.priceCents + b.priceCents + 3 * c.priceCents,
      currency: 'EUR',
    });
    expect(Date.parse(view.updatedAt!)).toBeGreaterThan(Date.now() - 60_000);

    view = await set('ann', a.id, 5); // a change keeps the line's place
    expect(lines(view)).toEqual([
      [a.id, 5],
      [b.id, 1],
      [c.id, 3],
    ]);
    view = await set('ann', b.id, 0);
    expect(lines(view)).toEqual([
      [a.id, 5],
      [c.id, 3],
    ]);
    expect(await cart('ann')).toEqual(view);
    expect(await cart('bob')).toMatchObject({ items: [] }); // another shopper's cart is their own
  });

  it('refuses bad input with a ValidationError or NotFound naming it, and changes nothing', async () => {
    const before = await cart('ann');
    const cases = [
      [{ productId: products[0]!.id, quantity: -1 }, 'ValidationError', 'quantity'],
      [{ productId: products[0]!.id, quantity: 100 }, 'ValidationError', 'quantity'],
      [{ productId: '', quantity: 1 }, 'ValidationError', 'productId'],
      [{ productId: 'x'.repeat(101), quantity: 1 }, 'ValidationError', 'productId'],
    ] as const;
    for (const [variables, errorType, field] of cases) {
      const error = await shopTwin.failure(SET, shopTwin.as('ann'), variables);
      expect(error).toMatchObject({ errorType, errorInfo: { field }, path: ['setCartItem'] });
      expect(error.message).toContain(field);
    }
    const unknown = await shopTwin.failure(SET, shopTwin.as('ann'), {
      productId: 'NO-SUCH-PRODUCT',
      quantity: 1,
    });
    expect(unknown).toMatchObject({ errorType: 'NotFound', errorInfo: { id: 'NO-SUCH-PRODUCT' } });
    expect(await cart('ann')).toEqual(before);
  });

  it('keeps a line whose product was archived, with product null and out of the subtotal; refuses to add it', async () => {
    const gone = products[59]!;
    const kept = products[58]!;
    await set('cyd', kept.id, 1);
    await set('cyd', gone.id, 4);
    await shopTwin.ok('mutation ($id: ID!) { deleteProduct(id: $id) { id } }', shopTwin.as('admin'), {
      id: gone.id,
    });
    const view = await cart('cyd');
    expect(view.items).toEqual([
      {
        productId: kept.id,
        quantity: 1,
        product: { id: kept.id, name: kept.name, price: { cents: kept.priceCents } },
      },
      { productId: gone.id, quantity: 4, product: null },
    ]);
    expect(view.subtotal.cents).toBe(kept.priceCents);
    const error = await shopTwin.failure(SET, shopTwin.as('cyd'), { productId: gone.id, quantity: 5 });
    expect(error.errorType).toBe('NotFound');
    // Removing it needs no lookup and works.
    expect(lines(await set('cyd', gone.id, 0))).toEqual([[kept.id, 1]]);
  });

  it('loses no update: 50 concurrent setCartItem calls on 50 products leave 50 lines; a 51st is refused', async () => {
    const fifty = products.slice(0, 50);
    await Promise.all(fifty.map((product, i) => set('bob', product.id, (i % 9) + 1)));
    const view = await cart('bob');
    expect(view.items).toHaveLength(50);
    expect(new Map(lines(view) as [string, number][])).toEqual(
      new Map(fifty.map((product, i) => [product.id, (i % 9) + 1])),
    );
    const error = await shopTwin.failure(SET, shopTwin.as('bob'), {
      productId: products[50]!.id,
      quantity: 1,
    });
    expect(error).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'productId' } });
    expect(await cart('bob')).toEqual(view);
    // A line already in the full cart can still change.
    expect((await set('bob', fifty[0]!.id, 99)).items).toHaveLength(50);
  });

  it('looks the catalog up once per cart, whatever its size', async () => {
    const counts: Record<string, number> = {};
    const count = async (name: string, run: () => Promise<unknown>): Promise<void> => {
      const before = catalogCalls();
      await run();
      counts[name] = catalogCalls() - before;
    };
    await count('cart of 50 lines', () => cart('bob'));
    await count('cart of 2 lines', () => cart('ann'));
    await count('setCartItem (check the product, price the cart of 50)', () =>
      set('bob', products[1]!.id, 7),
    );
    await count('setCartItem 0 (price the cart only)', () => set('ann', products[2]!.id, 0));
    await count('mergeCart into 50 lines', () =>
      shopTwin.ok(MERGE, shopTwin.as('bob'), { items: [{ productId: products[3]!.id, quantity: 1 }] }),
    );
    expect(counts).toEqual({
      'cart of 50 lines': 1,
      'cart of 2 lines': 1,
      'setCartItem (check the product, price the cart of 50)': 2,
      'setCartItem 0 (price the cart only)': 1,
      'mergeCart into 50 lines': 1,
    });
  });

  describe('mergeCart', () => {
    it('adds a guest cart: quantities add up to at most 99, unknown products are dropped, new lines follow in order', async () => {
      const [a, b, c, d] = products.slice(10, 14) as [
        (typeof products)[0],
        (typeof products)[0],
        (typeof products)[0],
        (typeof products)[0],
      ];
      await shopTwin.ok(CLEAR, shopTwin.as('cyd'));
      await set('cyd', a.id, 90);
      await set('cyd', b.id, 1);
      const merged = (
        await shopTwin.ok<{ mergeCart: CartView }>(MERGE, shopTwin.as('cyd'), {
          items: [
            { productId: d.id, quantity: 2 },
            { productId: 'NO-SUCH-PRODUCT', quantity: 3 },
            { productId: a.id, quantity: 20 },
            { productId: products[59]!.id, quantity: 1 }, // archived
            { productId: c.id, quantity: 5 },
          ],
        })
      ).mergeCart;
      expect(lines(merged)).toEqual([
        [a.id, 99],
        [b.id, 1],
        [d.id, 2],
        [c.id, 5],
      ]);
      expect(merged.subtotal.cents).toBe(
        99 * a.priceCents + b.priceCents + 2 * d.priceCents + 5 * c.priceCents,
      );
      expect(await cart('cyd')).toEqual(merged);
    });

    it('creates the cart when none is stored, and merging nothing usable changes nothing', async () => {
      await shopTwin.ok(CLEAR, shopTwin.as('cyd'));
      const none = await shopTwin.ok<{ mergeCart: CartView }>(MERGE, shopTwin.as('cyd'), {
        items: [{ productId: 'NO-SUCH-PRODUCT', quantity: 1 }],
      });
      expect(none.mergeCart).toEqual({ items: [], subtotal: { cents: 0, currency: 'EUR' }, updatedAt: null });
      const made = await shopTwin.ok<{ mergeCart: CartView }>(MERGE, shopTwin.as('cyd'), {
        items: [{ productId: products[20]!.id, quantity: 3 }],
      });
      expect(lines(made.mergeCart)).toEqual([[products[20]!.id, 3]]);
    });

    it('refuses bad input and a result over 50 lines with a ValidationError, changing nothing', async () => {
      const before = await cart('bob');
      const line = (i: number, quantity = 1) => ({ productId: products[i]!.id, quantity });
      const cases = [
        [[line(0, 0)], 'items[0].quantity'],
        [[line(0), line(1, 100)], 'items[1].quantity'],
        [[line(0), line(0)], 'items[1].productId'],
        [[{ productId: '', quantity: 1 }], 'items[0].productId'],
        [Array.from({ length: 51 }, (_, i) => ({ productId: `p-${i}`, quantity: 1 })), 'items'],
        // Bob has 50 lines: one new product makes 51.
        [[line(55)], 'items'],
      ] as const;
      for (const [items, field] of cases) {
        const error = await shopTwin.failure(MERGE, shopTwin.as('bob'), { items });
        expect(error, field).toMatchObject({ errorType: 'ValidationError', errorInfo: { field } });
      }
      expect(await cart('bob')).toEqual(before);
    });
  });

  it('clearCart empties the cart', async () => {
    await set('ann', products[5]!.id, 1);
    const cleared = await shopTwin.ok<{ clearCart: CartView }>(CLEAR, shopTwin.as('ann'));
    expect(cleared.clearCart).toEqual({
      items: [],
      subtotal: { cents: 0, currency: 'EUR' },
      updatedAt: null,
    });
    expect(await cart('ann')).toEqual(cleared.clearCart);
  });

  it('sets the TTL attribute to 30 days from each write', async () => {
    await set('ann', products[6]!.id, 1);
    const { Item } = await shopTwin.dynamodb.send(
      new GetItemCommand({ TableName: 'carts', Key: { userId: { S: shopTwin.subs.ann! } } }),
    );
    const stored = unmarshall(Item!) as { expiresAt: number; lines: Record<string, number> };
    expect(stored.lines).toEqual({ [products[6]!.id]: 1 });
    expect(stored.expiresAt).toBeGreaterThan(Date.now() / 1000 + 30 * 86_400 - 120);
    expect(stored.expiresAt).toBeLessThanOrEqual(Date.now() / 1000 + 30 * 86_400 + 1);
  });

  it('refuses the API key and IAM on every cart operation', async () => {
    const operations = [CART, SET, MERGE, CLEAR];
    const variables = { productId: products[0]!.id, quantity: 1, items: [] };
    for (const query of operations) {
      const apiKey = await shopTwin.failure(query, shopTwin.apiKey(), variables);
      expect(apiKey.errorType, query).toBe('Unauthorized');
      const { errors = [] } = await shopTwin.iam(query, variables);
      expect(
        errors.map((error) => error.errorType),
        query,
      ).toEqual(['Unauthorized']);
    }
  });
});

describe('stored carts expire', () => {
  let shopTwin: ShopTwin;

  beforeAll(async () => {
    const description: StackDescription = {
      ...shop,
      api: { ...shop.api, environment: { ...shop.api.environment, CART_TTL_SECONDS: '1' } },
    };
    shopTwin = await startShopTwin({ admins: ['admin'], shoppers: ['ann'], description });
  });
  afterAll(() => shopTwin?.stop());

  it("is removed by the twin's TTL sweeper once its TTL has passed", async () => {
    const { createProduct } = await shopTwin.ok<{ createProduct: { id: string } }>(
      'mutation { createProduct(input: { sku: "TTL-1", name: "Short-lived", category: "Things", priceCents: 100, stock: 1 }) { id } }',
      shopTwin.as('admin'),
    );
    const view = await shopTwin.ok<{ setCartItem: CartView }>(SET, shopTwin.as('ann'), {
      productId: createProduct.id,
      quantity: 2,
    });
    expect(view.setCartItem.items).toHaveLength(1);
    await expect
      .poll(
        async () => {
          await shopTwin.twin.services.dynamodb.sweepExpiredItems();
          return (await shopTwin.ok<{ cart: CartView }>(CART, shopTwin.as('ann'))).cart.updatedAt;
        },
        { timeout: 15_000, interval: 250 },
      )
      .toBeNull();
  });
});
