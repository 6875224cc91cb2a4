import {
  GetItemCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import type {
  AttributeValue,
  CancellationReason,
  DynamoDBClient,
  TransactWriteItem,
  TransactWriteItemsCommandInput,
} from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { quotePromo } from '../../domain/quotePromo.js';
import { invariant } from '../lib/invariant.js';
import { promoRules } from './dynamoPromoStanding.js';
import type { PromoTables } from './dynamoPromoStanding.js';
import type { PromoRedemptions, RedeemOutcome, Redemption } from './OrderEffects.js';

/** How many times a transaction is tried before its `TransactionConflict` (or a changing code) is thrown. */
const MAX_ATTEMPTS = 5;

/**
 * Promo code redemptions over DynamoDB, each call one `TransactWriteItems`:
 *
 * - `redeem` puts the redemption item (`code`, `orderId`, `userId`, `redeemedAt`; only if absent),
 *   adds one to the code's `redemptions` on condition that the code is active, started, not expired and
 *   below its `maxRedemptions`, and, when the code has a `perCustomerLimit`, adds one to the customer's
 *   counter item (`orderId` = `CUSTOMER#<userId>`, below the limit). The counter has no `userId` or
 *   `redeemedAt`, so it stays out of the sparse `byUser` index that `quotePromoCode` and
 *   `dynamoPromoStanding` count redemptions through. A refusal is worded as `quotePromo` words it, from the
 *   stored items the cancellation returns.
 * - `release` deletes the redemption item and takes one off the code and, when the redemption was
 *   counted, off the customer's counter.
 *
 * Both are idempotent per order (an order already redeemed answers `redeemed: true`; a redemption already
 * released, or never made, is left alone). A `TransactionConflict` (another transaction on the same code
 * at the same moment: a popular code) is retried with jittered backoff, then thrown; any other failure
 * of DynamoDB is thrown.
 *
 * @example
 * const promos = dynamoPromoRedemptions(client, { codes: 'promoCodes', redemptions: 'promoRedemptions' });
 * await promos.redeem({ code: 'TENPC', orderId, userId, at: '2026-12-06T12:00:00.000Z' });
 * // { redeemed: true } or { redeemed: false, reason: 'USED_UP' }
 */
export function dynamoPromoRedemptions(client: DynamoDBClient, tables: PromoTables): PromoRedemptions {
  return {
    redeem: (redemption) =>
      withRetries<RedeemOutcome>(async () => {
        const perCustomerLimit = await readPerCustomerLimit(client, tables, redemption.code);
        const request = redeemTransaction(tables, redemption, perCustomerLimit);
        try {
          await client.send(new TransactWriteItemsCommand(request));
          return { redeemed: true };
        } catch (error) {
          return redeemRefusal(error, redemption);
        }
      }),
    release: (code, orderId) =>
      withRetries(async () => {
        const { Item } = await client.send(
          new GetItemCommand({
            TableName: tables.redemptions,
            Key: { code: { S: code }, orderId: { S: orderId } },
            ConsistentRead: true,
          }),
        );
        if (!Item) return;
        try {
          await client.send(new TransactWriteItemsCommand(releaseTransaction(tables, unmarshall(Item))));
        } catch (error) {
          const reasons = cancellationReasons(error);
          // Released by a concurrent call since the read: the outcome asked for.
          if (reasons[0]?.Code === 'ConditionalCheckFailed') return;
          if (conflicted(reasons)) return new Retry(error);
          throw error;
        }
      }),
  };
}

/** The counter item's `orderId`: `CUSTOMER#<userId>` (order ids are ULIDs, never starting so). */
function counterId(userId: string): string {
  return `CUSTOMER#${userId}`;
}

/**
 * The code's `perCustomerLimit` as stored now (null: none, or no such code), read consistently: it
 * decides whether the transaction counts the customer, and the transaction checks it is unchanged.
 */
async function readPerCustomerLimit(
  client: DynamoDBClient,
  tables: PromoTables,
  code: string,
): Promise<number | null> {
  const { Item } = await client.send(
    new GetItemCommand({
      TableName: tables.codes,
      Key: { code: { S: code } },
      ConsistentRead: true,
      ProjectionExpression: '#limit',
      ExpressionAttributeNames: { '#limit': 'perCustomerLimit' },
    }),
  );
  const limit: unknown = Item ? unmarshall(Item).perCustomerLimit : undefined;
  return typeof limit === 'number' ? limit : null;
}

/**
 * The redeeming transaction: [0] the redemption item, [1] the code's counter, [2] the customer's counter
 * when `perCustomerLimit` (as read) is set. The code's own `maxRedemptions`, `active` and dates are
 * compared where they are stored, so an admin's change between the read and the write cannot be missed;
 * the per-customer limit, which the counter item cannot see, must still equal the one read.
 */
function redeemTransaction(
  tables: PromoTables,
  { code, orderId, userId, at }: Redemption,
  perCustomerLimit: number | null,
): TransactWriteItemsCommandInput {
  const atMs = Date.parse(at);
  invariant(!Number.isNaN(atMs), `Redemption time ${at} is not ISO 8601`);
  const counted = perCustomerLimit !== null;
  const redemption: TransactWriteItem = {
    Put: {
      TableName: tables.redemptions,
      Item: {
        code: { S: code },
        orderId: { S: orderId },
        userId: { S: userId },
        redeemedAt: { S: at },
        // Tells `release` to take the order off the customer's counter (absent: never counted).
        ...(counted && { customerCounted: { BOOL: true } }),
      },
      ConditionExpression: 'attribute_not_exists(orderId)',
    },
  };
  const codeCounter: TransactWriteItem = {
    Update: {
      TableName: tables.codes,
      Key: { code: { S: code } },
      UpdateExpression: 'SET #redemptions = #redemptions + :one',
      ConditionExpression: [
        'attribute_exists(#code)',
        '#active = :true',
        '(attribute_not_exists(#startsAtMs) OR #startsAtMs <= :at)',
        '(attribute_not_exists(#expiresAtMs) OR #expiresAtMs > :at)',
        '(attribute_not_exists(#maxRedemptions) OR #redemptions < #maxRedemptions)',
        counted ? '#perCustomerLimit = :limit' : 'attribute_not_exists(#perCustomerLimit)',
      ].join(' AND '),
      ExpressionAttributeNames: {
        '#code': 'code',
        '#active': 'active',
        '#redemptions': 'redemptions',
        '#startsAtMs': 'startsAtMs',
        '#expiresAtMs': 'expiresAtMs',
        '#maxRedemptions': 'maxRedemptions',
        '#perCustomerLimit': 'perCustomerLimit',
      },
      ExpressionAttributeValues: {
        ':one': { N: '1' },
        ':true': { BOOL: true },
        ':at': { N: String(atMs) },
        ...(counted && { ':limit': { N: String(perCustomerLimit) } }),
      },
      // The code as stored tells a refusal's reason.
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
  if (!counted) return { TransactItems: [redemption, codeCounter] };
  const customerCounter: TransactWriteItem = {
    Update: {
      TableName: tables.redemptions,
      Key: { code: { S: code }, orderId: { S: counterId(userId) } },
      // `count` is a reserved word. No userId or redeemedAt: the item stays out of `byUser`.
      UpdateExpression: 'SET #count = if_not_exists(#count, :zero) + :one',
      ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
      ExpressionAttributeNames: { '#count': 'count' },
      ExpressionAttributeValues: {
        ':zero': { N: '0' },
        ':one': { N: '1' },
        ':limit': { N: String(perCustomerLimit) },
      },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
  return { TransactItems: [redemption, codeCounter, customerCounter] };
}

/**
 * What a failed redeeming transaction means. The redemption item's condition comes first: an order
 * redeemed by an earlier attempt answers `redeemed: true` whatever became of the code since. Then the
 * stored code and customer counter are judged by `quotePromo` (the subtotal was judged when the order
 * was placed); if they allow the redemption after all, a limit changed since the read, and the attempt
 * is made again with the limits read anew.
 */
function redeemRefusal(error: unknown, { code, at }: Redemption): RedeemOutcome | Retry {
  const reasons = cancellationReasons(error);
  const [redemption, codeCounter, customerCounter] = reasons;
  if (redemption?.Code === 'ConditionalCheckFailed') return { redeemed: true };
  if (conflicted(reasons)) return new Retry(error);
  if (codeCounter?.Code === 'None' && customerCounter?.Code === 'ConditionalCheckFailed') {
    return { redeemed: false, reason: 'CUSTOMER_LIMIT_REACHED' };
  }
  if (codeCounter?.Code !== 'ConditionalCheckFailed') throw error;
  const stored = codeCounter.Item ? promoRules(unmarshall(codeCounter.Item)) : null;
  const counted = customerCounter?.Code === 'ConditionalCheckFailed' ? customerCounter.Item : undefined;
  const quote = quotePromo(stored, {
    subtotalCents: Number.MAX_SAFE_INTEGER,
    customerRedemptions: counted ? Number(unmarshall(counted).count ?? 0) : 0,
    nowMs: Date.parse(at),
  });
  if (quote.reason !== null) return { redeemed: false, reason: quote.reason };
  return new Retry(new Error(`The limits of promo code ${code} kept changing while it was being redeemed`));
}

/**
 * The releasing transaction for a stored redemption item: [0] delete it (only if still there), [1] take
 * one off the code, [2] take one off the customer's counter when the redemption was counted there. The
 * counters' conditions keep them from going below zero (a failure there is a fault of the data, thrown).
 */
function releaseTransaction(
  tables: PromoTables,
  stored: Record<string, unknown>,
): TransactWriteItemsCommandInput {
  const code = String(stored.code);
  const decrement = (Key: Record<string, AttributeValue>, TableName: string, name: string) => ({
    Update: {
      TableName,
      Key,
      UpdateExpression: 'SET #counter = #counter - :one',
      ConditionExpression: '#counter >= :one',
      ExpressionAttributeNames: { '#counter': name },
      ExpressionAttributeValues: { ':one': { N: '1' } },
    },
  });
  const items: TransactWriteItem[] = [
    {
      Delete: {
        TableName: tables.redemptions,
        Key: { code: { S: code }, orderId: { S: String(stored.orderId) } },
        ConditionExpression: 'attribute_exists(orderId)',
      },
    },
    decrement({ code: { S: code } }, tables.codes, 'redemptions'),
  ];
  if (stored.customerCounted === true) {
    const key = { code: { S: code }, orderId: { S: counterId(String(stored.userId)) } };
    items.push(decrement(key, tables.redemptions, 'count'));
  }
  return { TransactItems: items };
}

/** The reasons of a cancelled transaction; any other error is thrown on. */
function cancellationReasons(error: unknown): readonly CancellationReason[] {
  if (!(error instanceof TransactionCanceledException)) throw error;
  return error.CancellationReasons ?? [];
}

/** Whether another transaction on one of the items was under way (AWS: try again). */
function conflicted(reasons: readonly CancellationReason[]): boolean {
  return reasons.some((reason) => reason.Code === 'TransactionConflict');
}

/** An attempt to make again, and what to throw when the attempts run out. */
class Retry {
  constructor(readonly error: unknown) {}
}

/**
 * Runs `attempt` until it answers something other than a {@link Retry}, at most {@link MAX_ATTEMPTS}
 * times, waiting a jittered, doubling delay (up to 20, 40, 80, 160 ms) between attempts so that the
 * transactions that collided on a code do not collide again.
 */
async function withRetries<T>(attempt: () => Promise<T | Retry>): Promise<T> {
  for (let tried = 1; ; tried++) {
    const outcome = await attempt();
    if (!(outcome instanceof Retry)) return outcome;
    if (tried === MAX_ATTEMPTS) throw outcome.error;
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** tried));
  }
}
