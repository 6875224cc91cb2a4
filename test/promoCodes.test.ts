// Promo codes through the whole twin, over HTTP: admins create, change and list codes (DynamoDB through
// APPSYNC_JS resolvers), shoppers quote them. Redemptions are made by the order flow; here they are
// written to the tables directly, as the orders worker will write them. Every error branch is asserted
// by its errorType.
import { PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PromoCode, PromoQuote } from '../schema/generated/types.js';
import { startShopTwin } from './support/shopTwin.js';
import type { ShopTwin } from './support/shopTwin.js';

const PROMO_FIELDS =
  'code kind value minSubtotal { cents currency } maxRedemptions perCustomerLimit redemptions startsAt expiresAt active';
const CREATE = `mutation ($input: CreatePromoCodeInput!) { createPromoCode(input: $input) { ${PROMO_FIELDS} } }`;
const UPDATE = `mutation ($code: String!, $input: UpdatePromoCodeInput!) { updatePromoCode(code: $code, input: $input) { ${PROMO_FIELDS} } }`;
const LIST = `query ($limit: Int, $nextToken: String) { promoCodes(limit: $limit, nextToken: $nextToken) { items { ${PROMO_FIELDS} } nextToken } }`;
const QUOTE = `query ($code: String!, $subtotalCents: Int!) { quotePromoCode(code: $code, subtotalCents: $subtotalCents) { code valid reason discount { cents currency } } }`;
const HOUR = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString();
/** One instant for cases that need two equal times. */
const NOW = Date.now();

describe('promo codes through the whole twin', () => {
  let t: ShopTwin;

  const create = async (input: Record<string, unknown>): Promise<PromoCode> =>
    (await t.ok<{ createPromoCode: PromoCode }>(CREATE, t.as('admin'), { input })).createPromoCode;
  const quote = async (who: string, code: string, subtotalCents: number): Promise<PromoQuote> =>
    (await t.ok<{ quotePromoCode: PromoQuote }>(QUOTE, t.as(who), { code, subtotalCents })).quotePromoCode;
  /** What the orders worker does when it redeems a code for an order. */
  async function redeem(code: string, userId: string, orderId: string): Promise<void> {
    await t.dynamodb.send(
      new PutItemCommand({
        TableName: 'promoRedemptions',
        Item: {
          code: { S: code },
          orderId: { S: orderId },
          userId: { S: userId },
          redeemedAt: { S: new Date().toISOString() },
        },
      }),
    );
    await t.dynamodb.send(
      new UpdateItemCommand({
        TableName: 'promoCodes',
        Key: { code: { S: code } },
        UpdateExpression: 'ADD redemptions :one',
        ExpressionAttributeValues: { ':one': { N: '1' } },
      }),
    );
  }

  beforeAll(async () => {
    t = await startShopTwin({ admins: ['admin'], shoppers: ['ann', 'bob'] });
  });
  afterAll(() => t?.stop());

  describe('createPromoCode (admins)', () => {
    it('stores the code upper-case with its rules and no redemptions', async () => {
      const startsAt = Date.now() - HOUR;
      const expiresAt = Date.now() + 24 * HOUR;
      expect(
        await create({
          code: 'Winter-26',
          kind: 'PERCENT',
          value: 15,
          minSubtotalCents: 2000,
          maxRedemptions: 100,
          perCustomerLimit: 1,
          startsAt: iso(startsAt),
          expiresAt: new Date(expiresAt).toISOString().replace('Z', '+00:00'),
        }),
      ).toEqual({
        code: 'WINTER-26',
        kind: 'PERCENT',
        value: 15,
        minSubtotal: { cents: 2000, currency: 'EUR' },
        maxRedemptions: 100,
        perCustomerLimit: 1,
        redemptions: 0,
        startsAt: iso(startsAt),
        expiresAt: iso(expiresAt),
        active: true,
      });
      expect(await create({ code: 'five_off', kind: 'FIXED', value: 500 })).toEqual({
        code: 'FIVE_OFF',
        kind: 'FIXED',
        value: 500,
        minSubtotal: null,
        maxRedemptions: null,
        perCustomerLimit: null,
        redemptions: 0,
        startsAt: null,
        expiresAt: null,
        active: true,
      });
    });

    it('refuses a code that exists in any case with a Conflict', async () => {
      const error = await t.failure(CREATE, t.as('admin'), {
        input: { code: 'winter-26', kind: 'FIXED', value: 1 },
      });
      expect(error).toMatchObject({
        errorType: 'Conflict',
        errorInfo: { field: 'input.code', code: 'WINTER-26' },
      });
    });

    it.each([
      [{ code: 'AB' }, 'input.code'],
      [{ code: 'A'.repeat(33) }, 'input.code'],
      [{ code: 'NO SPACE' }, 'input.code'],
      [{ code: '-DASH' }, 'input.code'],
      [{ kind: 'PERCENT', value: 0 }, 'input.value'],
      [{ kind: 'PERCENT', value: 101 }, 'input.value'],
      [{ kind: 'FIXED', value: 0 }, 'input.value'],
      [{ kind: 'FIXED', value: 100_000_001 }, 'input.value'],
      [{ minSubtotalCents: -1 }, 'input.minSubtotalCents'],
      [{ maxRedemptions: 0 }, 'input.maxRedemptions'],
      [{ perCustomerLimit: 0 }, 'input.perCustomerLimit'],
      [{ startsAt: iso(NOW), expiresAt: iso(NOW) }, 'input.expiresAt'],
    ])('refuses %j with a ValidationError on %s, creating nothing', async (change, field) => {
      const input = { code: 'VALID-CODE', kind: 'FIXED', value: 100, ...change };
      const error = await t.failure(CREATE, t.as('admin'), { input });
      expect(error).toMatchObject({ errorType: 'ValidationError', errorInfo: { field } });
      const { promoCodes } = await t.ok<{ promoCodes: { items: PromoCode[] } }>(LIST, t.as('admin'), {
        limit: 100,
      });
      expect(promoCodes.items.map((item) => item.code)).not.toContain(String(input.code).toUpperCase());
    });
  });

  describe('promoCodes (admins)', () => {
    it('pages through every code sorted by code, with a token that cannot be forged', async () => {
      for (const code of ['ZED-1', 'ALPHA-1', 'MID-1', 'BETA-1'])
        await create({ code, kind: 'FIXED', value: 100 });
      const seen: string[] = [];
      let nextToken: string | null = null;
      let pages = 0;
      do {
        const page: { promoCodes: { items: PromoCode[]; nextToken: string | null } } = await t.ok(
          LIST,
          t.as('admin'),
          {
            limit: 2,
            nextToken,
          },
        );
        seen.push(...page.promoCodes.items.map((item) => item.code));
        nextToken = page.promoCodes.nextToken;
        pages += 1;
      } while (nextToken !== null && pages < 20);
      expect(seen).toEqual([...seen].sort());
      expect(seen).toEqual(
        expect.arrayContaining(['ALPHA-1', 'BETA-1', 'FIVE_OFF', 'MID-1', 'WINTER-26', 'ZED-1']),
      );
      expect(pages).toBeGreaterThanOrEqual(3);

      const first = await t.ok<{ promoCodes: { nextToken: string } }>(LIST, t.as('admin'), { limit: 1 });
      const token = first.promoCodes.nextToken;
      const body = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as {
        key: Record<string, unknown>;
      };
      const forged = Buffer.from(
        JSON.stringify({ ...body, key: { ...body.key, code: { S: 'ZED-0' } } }),
      ).toString('base64');
      for (const bad of [forged, 'not-a-token']) {
        const error = await t.failure(LIST, t.as('admin'), { limit: 1, nextToken: bad });
        expect(error).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'nextToken' } });
      }
      for (const limit of [0, 101]) {
        const error = await t.failure(LIST, t.as('admin'), { limit });
        expect(error).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'limit' } });
      }
    });
  });

  describe('updatePromoCode (admins)', () => {
    it('changes what it is given, removes limits given as null, keeps the rest', async () => {
      await create({ code: 'EDIT-ME', kind: 'PERCENT', value: 10, maxRedemptions: 5, minSubtotalCents: 100 });
      const expiresAt = iso(Date.now() + HOUR);
      const { updatePromoCode } = await t.ok<{ updatePromoCode: PromoCode }>(UPDATE, t.as('admin'), {
        code: 'edit-me',
        input: { value: 25, maxRedemptions: null, expiresAt, active: false },
      });
      expect(updatePromoCode).toEqual({
        code: 'EDIT-ME',
        kind: 'PERCENT',
        value: 25,
        minSubtotal: { cents: 100, currency: 'EUR' },
        maxRedemptions: null,
        perCustomerLimit: null,
        redemptions: 0,
        startsAt: null,
        expiresAt,
        active: false,
      });
      const again = await t.ok<{ updatePromoCode: PromoCode }>(UPDATE, t.as('admin'), {
        code: 'EDIT-ME',
        input: { kind: 'FIXED', value: 700, active: true, minSubtotalCents: null },
      });
      expect(again.updatePromoCode).toMatchObject({
        kind: 'FIXED',
        value: 700,
        active: true,
        minSubtotal: null,
        expiresAt,
      });
    });

    it('checks the result against the stored code, and refuses limits below the redemptions made', async () => {
      await create({ code: 'USED-TWICE', kind: 'PERCENT', value: 10, startsAt: iso(Date.now()) });
      await redeem('USED-TWICE', t.subs.ann!, 'order-1');
      await redeem('USED-TWICE', t.subs.bob!, 'order-2');
      const cases = [
        [{ maxRedemptions: 1 }, 'input.maxRedemptions'],
        [{ value: 101 }, 'input.value'],
        [{ kind: 'PERCENT', value: 500 }, 'input.value'],
        [{ expiresAt: iso(Date.now() - HOUR) }, 'input.expiresAt'],
        [{ kind: null }, 'input.kind'],
        [{ active: null }, 'input.active'],
        [{ perCustomerLimit: 0 }, 'input.perCustomerLimit'],
      ] as const;
      for (const [input, field] of cases) {
        const error = await t.failure(UPDATE, t.as('admin'), { code: 'USED-TWICE', input });
        expect(error, field).toMatchObject({ errorType: 'ValidationError', errorInfo: { field } });
      }
      const allowed = await t.ok<{ updatePromoCode: PromoCode }>(UPDATE, t.as('admin'), {
        code: 'USED-TWICE',
        input: { maxRedemptions: 2 },
      });
      expect(allowed.updatePromoCode).toMatchObject({ maxRedemptions: 2, redemptions: 2, value: 10 });
    });

    it('answers NotFound for an unknown code', async () => {
      const error = await t.failure(UPDATE, t.as('admin'), { code: 'NOPE-404', input: { active: false } });
      expect(error).toMatchObject({ errorType: 'NotFound', errorInfo: { code: 'NOPE-404' } });
    });
  });

  describe('quotePromoCode (shoppers)', () => {
    it('gives the discount of a usable code, case-insensitively, and never redeems it', async () => {
      expect(await quote('ann', ' winter-26 ', 5000)).toEqual({
        code: 'WINTER-26',
        valid: true,
        reason: null,
        discount: { cents: 750, currency: 'EUR' },
      });
      expect(await quote('ann', 'WINTER-26', 2999)).toMatchObject({ valid: true, discount: { cents: 450 } }); // 449.85
      expect(await quote('ann', 'FIVE_OFF', 300)).toMatchObject({ valid: true, discount: { cents: 300 } });
      const { promoCodes } = await t.ok<{ promoCodes: { items: PromoCode[] } }>(LIST, t.as('admin'), {
        limit: 100,
      });
      expect(promoCodes.items.find((item) => item.code === 'WINTER-26')?.redemptions).toBe(0);
    });

    it('says why a code cannot be used, with no discount', async () => {
      await create({ code: 'LATER', kind: 'FIXED', value: 100, startsAt: iso(Date.now() + HOUR) });
      await create({ code: 'OVER', kind: 'FIXED', value: 100, expiresAt: iso(Date.now() - 1000) });
      await create({ code: 'OFF', kind: 'FIXED', value: 100, active: false });
      await create({ code: 'LIMITED', kind: 'FIXED', value: 100, maxRedemptions: 1 });
      await create({ code: 'ONCE-EACH', kind: 'FIXED', value: 100, perCustomerLimit: 1 });
      await redeem('LIMITED', t.subs.bob!, 'order-3');
      await redeem('ONCE-EACH', t.subs.ann!, 'order-4');
      const cases = [
        ['NO-SUCH-CODE', 'UNKNOWN'],
        ['LATER', 'NOT_STARTED'],
        ['OVER', 'EXPIRED'],
        ['OFF', 'INACTIVE'],
        ['LIMITED', 'USED_UP'],
        ['ONCE-EACH', 'CUSTOMER_LIMIT_REACHED'],
      ] as const;
      for (const [code, reason] of cases) {
        expect(await quote('ann', code, 5000), code).toEqual({
          code,
          valid: false,
          reason,
          discount: { cents: 0, currency: 'EUR' },
        });
      }
      expect(await quote('ann', 'WINTER-26', 1999)).toMatchObject({ valid: false, reason: 'BELOW_MINIMUM' });
      // The per-customer limit is per customer: Bob has not used ONCE-EACH.
      expect(await quote('bob', 'ONCE-EACH', 5000)).toMatchObject({ valid: true, discount: { cents: 100 } });
    });

    it('refuses an empty or over-long code and a negative subtotal with a ValidationError', async () => {
      const cases = [
        [{ code: '', subtotalCents: 100 }, 'code'],
        [{ code: '   ', subtotalCents: 100 }, 'code'],
        [{ code: 'A'.repeat(33), subtotalCents: 100 }, 'code'],
        [{ code: 'WINTER-26', subtotalCents: -1 }, 'subtotalCents'],
      ] as const;
      for (const [variables, field] of cases) {
        const error = await t.failure(QUOTE, t.as('ann'), variables);
        expect(error).toMatchObject({ errorType: 'ValidationError', errorInfo: { field } });
      }
    });
  });

  it('refuses shoppers the admin operations, and the API key and IAM everything', async () => {
    const admin = [
      [CREATE, { input: { code: 'SNEAKY', kind: 'FIXED', value: 1 } }],
      [UPDATE, { code: 'WINTER-26', input: { active: false } }],
      [LIST, {}],
    ] as const;
    for (const [query, variables] of admin) {
      const error = await t.failure(query, t.as('ann'), variables);
      expect(error.errorType, query).toBe('Unauthorized');
    }
    for (const [query, variables] of [
      ...admin,
      [QUOTE, { code: 'WINTER-26', subtotalCents: 100 }] as const,
    ]) {
      expect((await t.failure(query, t.apiKey(), variables)).errorType, query).toBe('Unauthorized');
      const { errors = [] } = await t.iam(query, variables);
      expect(
        errors.map((error) => error.errorType),
        query,
      ).toEqual(['Unauthorized']);
    }
    // Nothing the refused calls asked for happened.
    expect(await quote('bob', 'WINTER-26', 5000)).toMatchObject({ valid: true });
    const { promoCodes } = await t.ok<{ promoCodes: { items: PromoCode[] } }>(LIST, t.as('admin'), {
      limit: 100,
    });
    expect(promoCodes.items.map((item) => item.code)).not.toContain('SNEAKY');
  });
});
