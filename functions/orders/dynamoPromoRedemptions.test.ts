// dynamoPromoRedemptions against the DynamoDB twin holding the promo tables as the stack describes them,
// with the customer's standing read back through dynamoPromoStanding (the `byUser` index).
import {
  GetItemCommand,
  PutItemCommand,
  TransactionCanceledException,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { CancellationReason, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shop } from '../../infra/shop.js';
import { createTables } from '../../local/dynamodb/createTables.js';
import { startTestTwin, uniqueTableName } from '../../test/support/testTwin.js';
import type { TestTwin } from '../../test/support/testTwin.js';
import type { PromoCodeInvalidReason } from '../../schema/generated/types.js';
import { dynamoPromoRedemptions } from './dynamoPromoRedemptions.js';
import { dynamoPromoStanding } from './dynamoPromoStanding.js';
import type { PromoRedemptions, RedeemOutcome } from './OrderEffects.js';

const AT = '2026-12-06T12:00:00.000Z';
const AT_MS = Date.parse(AT);

describe('dynamoPromoRedemptions', () => {
  const tables = { codes: uniqueTableName('promoCodes'), redemptions: uniqueTableName('promoRedemptions') };
  let dynamo: TestTwin;
  let promos: PromoRedemptions;
  let standing: ReturnType<typeof dynamoPromoStanding>;

  beforeAll(async () => {
    dynamo = await startTestTwin();
    await createTables(dynamo.client, {
      [tables.codes]: shop.tables.promoCodes!,
      [tables.redemptions]: shop.tables.promoRedemptions!,
    });
    promos = dynamoPromoRedemptions(dynamo.client, tables);
    standing = dynamoPromoStanding(dynamo.client, tables);
  });
  afterAll(() => dynamo?.stop());

  // A code of its own for each test, active with no redemptions unless `extra` says otherwise.
  const newCode = async (code: string, extra: Record<string, unknown> = {}): Promise<string> => {
    await dynamo.client.send(
      new PutItemCommand({
        TableName: tables.codes,
        Item: marshall({
          code,
          listKey: 'ALL',
          kind: 'PERCENT',
          value: 10,
          active: true,
          redemptions: 0,
          ...extra,
        }),
      }),
    );
    return code;
  };
  const stored = async (TableName: string, key: Record<string, string>) => {
    const { Item } = await dynamo.client.send(
      new GetItemCommand({ TableName, Key: marshall(key), ConsistentRead: true }),
    );
    return Item && unmarshall(Item);
  };
  const codeRedemptions = async (code: string): Promise<unknown> =>
    (await stored(tables.codes, { code }))?.redemptions;
  const counter = (code: string, userId: string) =>
    stored(tables.redemptions, { code, orderId: `CUSTOMER#${userId}` });
  const redemption = (code: string, orderId: string) => stored(tables.redemptions, { code, orderId });
  const customerRedemptions = async (code: string, userId: string): Promise<number> =>
    (await standing(code, userId)).customerRedemptions;
  const redeem = (code: string, orderId: string, userId = 'user-ann', at = AT): Promise<RedeemOutcome> =>
    promos.redeem({ code, orderId, userId, at });
  const refused = (reason: PromoCodeInvalidReason): RedeemOutcome => ({ redeemed: false, reason });

  it('redeems: the code and the customer count one, and the counter stays out of byUser', async () => {
    const code = await newCode('FIRST', { perCustomerLimit: 2 });
    expect(await redeem(code, 'order-1')).toEqual({ redeemed: true });
    expect(await redemption(code, 'order-1')).toEqual({
      code,
      orderId: 'order-1',
      userId: 'user-ann',
      redeemedAt: AT,
      customerCounted: true,
    });
    expect(await codeRedemptions(code)).toBe(1);
    // Exactly these attributes: no userId or redeemedAt, or byUser would count the counter as a redemption.
    expect(await counter(code, 'user-ann')).toEqual({ code, orderId: 'CUSTOMER#user-ann', count: 1 });
    expect(await customerRedemptions(code, 'user-ann')).toBe(1);
    expect(await customerRedemptions(code, 'user-bob')).toBe(0);
  });

  it('keeps no customer counter for a code without a per-customer limit', async () => {
    const code = await newCode('NOLIMIT');
    expect(await redeem(code, 'order-1')).toEqual({ redeemed: true });
    expect(await redemption(code, 'order-1')).toEqual({
      code,
      orderId: 'order-1',
      userId: 'user-ann',
      redeemedAt: AT,
    });
    expect(await codeRedemptions(code)).toBe(1);
    expect(await counter(code, 'user-ann')).toBeUndefined();
  });

  it('answers redeemed for an order redeemed before and counts nothing twice, even once the code is off', async () => {
    const code = await newCode('TWICE', { perCustomerLimit: 1, maxRedemptions: 1 });
    expect(await redeem(code, 'order-1')).toEqual({ redeemed: true });
    expect(await redeem(code, 'order-1')).toEqual({ redeemed: true });
    await dynamo.client.send(
      new UpdateItemCommand({
        TableName: tables.codes,
        Key: marshall({ code }),
        UpdateExpression: 'SET active = :false',
        ExpressionAttributeValues: marshall({ ':false': false }),
      }),
    );
    expect(await redeem(code, 'order-1')).toEqual({ redeemed: true });
    expect(await codeRedemptions(code)).toBe(1);
    expect(await counter(code, 'user-ann')).toMatchObject({ count: 1 });
    expect(await customerRedemptions(code, 'user-ann')).toBe(1);
  });

  it('never exceeds maxRedemptions: 10 concurrent orders of a code good for 3', async () => {
    const code = await newCode('MAX3', { maxRedemptions: 3 });
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) => redeem(code, `order-${i}`, `user-${i}`)),
    );
    expect(outcomes.filter((outcome) => outcome.redeemed)).toHaveLength(3);
    expect(outcomes.filter((outcome) => !outcome.redeemed)).toEqual(Array(7).fill(refused('USED_UP')));
    expect(await codeRedemptions(code)).toBe(3);
    const items = await Promise.all(Array.from({ length: 10 }, (_, i) => redemption(code, `order-${i}`)));
    expect(items.filter(Boolean)).toHaveLength(3);
  });

  it('never exceeds perCustomerLimit: 5 concurrent orders of one customer for a code good once each', async () => {
    const code = await newCode('ONCE', { perCustomerLimit: 1 });
    const outcomes = await Promise.all(Array.from({ length: 5 }, (_, i) => redeem(code, `order-${i}`)));
    expect(outcomes.filter((outcome) => outcome.redeemed)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.redeemed)).toEqual(
      Array(4).fill(refused('CUSTOMER_LIMIT_REACHED')),
    );
    expect(await codeRedemptions(code)).toBe(1);
    expect(await counter(code, 'user-ann')).toMatchObject({ count: 1 });
    expect(await customerRedemptions(code, 'user-ann')).toBe(1);
    // Another customer has a use of their own.
    expect(await redeem(code, 'order-bob', 'user-bob')).toEqual({ redeemed: true });
    expect(await codeRedemptions(code)).toBe(2);
  });

  it.each<[string, PromoCodeInvalidReason, Record<string, unknown>]>([
    ['an inactive code', 'INACTIVE', { active: false }],
    ['an expired code (expiresAt is exclusive)', 'EXPIRED', { expiresAtMs: AT_MS }],
    ['a code not started yet', 'NOT_STARTED', { startsAtMs: AT_MS + 1 }],
    ['a used-up code', 'USED_UP', { maxRedemptions: 2, redemptions: 2 }],
  ])('refuses %s as %s and writes nothing', async (_, reason, extra) => {
    const code = await newCode(`REFUSED-${reason}`, { perCustomerLimit: 1, ...extra });
    const before = await codeRedemptions(code);
    expect(await redeem(code, 'order-1')).toEqual(refused(reason));
    expect(await redemption(code, 'order-1')).toBeUndefined();
    expect(await counter(code, 'user-ann')).toBeUndefined();
    expect(await codeRedemptions(code)).toBe(before);
  });

  it('redeems a code on its first moment (startsAt is inclusive)', async () => {
    const code = await newCode('STARTS', { startsAtMs: AT_MS, expiresAtMs: AT_MS + 1 });
    expect(await redeem(code, 'order-1')).toEqual({ redeemed: true });
  });

  it('refuses an unknown code as UNKNOWN and creates no code', async () => {
    expect(await redeem('NOSUCHCODE', 'order-1')).toEqual(refused('UNKNOWN'));
    expect(await stored(tables.codes, { code: 'NOSUCHCODE' })).toBeUndefined();
    expect(await redemption('NOSUCHCODE', 'order-1')).toBeUndefined();
  });

  it('releases: the code and the customer counts return, twice is harmless, and the customer may redeem again', async () => {
    const code = await newCode('RELEASE', { perCustomerLimit: 1, maxRedemptions: 5 });
    expect(await redeem(code, 'order-1')).toEqual({ redeemed: true });
    expect(await redeem(code, 'order-2')).toEqual(refused('CUSTOMER_LIMIT_REACHED'));

    await promos.release(code, 'order-1');
    expect(await redemption(code, 'order-1')).toBeUndefined();
    expect(await codeRedemptions(code)).toBe(0);
    expect(await counter(code, 'user-ann')).toMatchObject({ count: 0 });
    expect(await customerRedemptions(code, 'user-ann')).toBe(0);

    await promos.release(code, 'order-1');
    await promos.release(code, 'order-never-redeemed');
    await promos.release('NOSUCHCODE', 'order-1');
    expect(await codeRedemptions(code)).toBe(0);
    expect(await counter(code, 'user-ann')).toMatchObject({ count: 0 });

    expect(await redeem(code, 'order-2')).toEqual({ redeemed: true });
    expect(await codeRedemptions(code)).toBe(1);
    expect(await counter(code, 'user-ann')).toMatchObject({ count: 1 });
    expect(await customerRedemptions(code, 'user-ann')).toBe(1);
  });

  it('frees a used-up code for the next order when one is released', async () => {
    const code = await newCode('FREED', { maxRedemptions: 1 });
    expect(await redeem(code, 'order-1')).toEqual({ redeemed: true });
    expect(await redeem(code, 'order-2', 'user-bob')).toEqual(refused('USED_UP'));
    await promos.release(code, 'order-1');
    expect(await redeem(code, 'order-2', 'user-bob')).toEqual({ redeemed: true });
    expect(await codeRedemptions(code)).toBe(1);
  });

  it('releases a redemption made before the code had a per-customer limit without touching the counter', async () => {
    const code = await newCode('LIMITLATER');
    expect(await redeem(code, 'order-1')).toEqual({ redeemed: true });
    await setPerCustomerLimit(dynamo.client, tables.codes, code, 1);
    expect(await redeem(code, 'order-bob', 'user-bob')).toEqual({ redeemed: true });
    await promos.release(code, 'order-1');
    expect(await codeRedemptions(code)).toBe(1);
    expect(await counter(code, 'user-ann')).toBeUndefined();
    expect(await counter(code, 'user-bob')).toMatchObject({ count: 1 });
  });

  it('judges a per-customer limit lowered between the read and the write by the stored code', async () => {
    const code = await newCode('LOWERED', { perCustomerLimit: 2 });
    expect(await redeem(code, 'order-1')).toEqual({ redeemed: true });
    // The first transaction carries the limit read (2); an admin lowers it to 1 just before it is sent.
    const outcome = await beforeFirstTransaction(
      dynamo.client,
      () => setPerCustomerLimit(dynamo.client, tables.codes, code, 1),
      () => redeem(code, 'order-2'),
    );
    expect(outcome).toEqual(refused('CUSTOMER_LIMIT_REACHED'));
    expect(await codeRedemptions(code)).toBe(1);
    expect(await counter(code, 'user-ann')).toMatchObject({ count: 1 });
  });

  it('redeems with a per-customer limit added between the read and the write, counting the customer', async () => {
    const code = await newCode('ADDED');
    const outcome = await beforeFirstTransaction(
      dynamo.client,
      () => setPerCustomerLimit(dynamo.client, tables.codes, code, 1),
      () => redeem(code, 'order-1'),
    );
    expect(outcome).toEqual({ redeemed: true });
    expect(await counter(code, 'user-ann')).toMatchObject({ count: 1 });
    expect(await redeem(code, 'order-2')).toEqual(refused('CUSTOMER_LIMIT_REACHED'));
  });

  // The twin runs transactions one at a time and never answers TransactionConflict, which AWS gives a
  // transaction that meets another on the same item: the client here answers it in the twin's place.
  describe('when transactions conflict', () => {
    it('tries again until the transaction goes through', async () => {
      const code = await newCode('CONFLICT', { perCustomerLimit: 1 });
      const sent = await conflicting(dynamo.client, 2, () => redeem(code, 'order-1'));
      expect(sent).toEqual({ outcome: { redeemed: true }, conflicts: 2 });
      expect(await codeRedemptions(code)).toBe(1);
      expect(await counter(code, 'user-ann')).toMatchObject({ count: 1 });

      const released = await conflicting(dynamo.client, 2, () => promos.release(code, 'order-1'));
      expect(released.conflicts).toBe(2);
      expect(await codeRedemptions(code)).toBe(0);
      expect(await counter(code, 'user-ann')).toMatchObject({ count: 0 });
    });

    it('throws the conflict after a few attempts, having written nothing', async () => {
      const code = await newCode('HOT');
      const error = await conflicting(dynamo.client, Infinity, () => redeem(code, 'order-1')).then(
        () => expect.unreachable('the redemption should fail'),
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(TransactionCanceledException);
      expect(await codeRedemptions(code)).toBe(0);
      expect(await redemption(code, 'order-1')).toBeUndefined();
    });
  });
});

async function setPerCustomerLimit(
  client: DynamoDBClient,
  TableName: string,
  code: string,
  limit: number,
): Promise<void> {
  await client.send(
    new UpdateItemCommand({
      TableName,
      Key: marshall({ code }),
      UpdateExpression: 'SET perCustomerLimit = :limit',
      ExpressionAttributeValues: marshall({ ':limit': limit }),
    }),
  );
}

/** Runs `call`, with `interleaved` done just before its first `TransactWriteItems` is sent. */
async function beforeFirstTransaction<T>(
  client: DynamoDBClient,
  interleaved: () => Promise<void>,
  call: () => Promise<T>,
): Promise<T> {
  let done = false;
  const name = 'interleave';
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (!done && context.commandName === 'TransactWriteItemsCommand') {
        done = true;
        await interleaved();
      }
      return next(args);
    },
    { step: 'initialize', name },
  );
  try {
    return await call();
  } finally {
    client.middlewareStack.remove(name);
  }
}

/**
 * Runs `call` with its first `times` `TransactWriteItems` answered as AWS answers a transaction that met
 * another (nothing written), and counts them.
 */
async function conflicting<T>(
  client: DynamoDBClient,
  times: number,
  call: () => Promise<T>,
): Promise<{ outcome: T; conflicts: number }> {
  let conflicts = 0;
  const name = 'conflict';
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'TransactWriteItemsCommand' || conflicts >= times) return next(args);
      conflicts += 1;
      const input = args.input as { TransactItems: unknown[] };
      const reasons: CancellationReason[] = input.TransactItems.map((_, i) =>
        i === 1
          ? { Code: 'TransactionConflict', Message: 'Transaction is ongoing for the item' }
          : { Code: 'None' },
      );
      throw new TransactionCanceledException({
        message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons
          .map((reason) => reason.Code)
          .join(', ')}]`,
        $metadata: { httpStatusCode: 400 },
        CancellationReasons: reasons,
      });
    },
    { step: 'initialize', name },
  );
  try {
    return { outcome: await call(), conflicts };
  } finally {
    client.middlewareStack.remove(name);
  }
}
