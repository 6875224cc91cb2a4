import { GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { PromoRules } from '../../domain/PromoRules.js';
import type { PromoStanding } from './OrdersDeps.js';

/** The tables promo codes live in (`PROMO_CODES_TABLE`, `PROMO_REDEMPTIONS_TABLE`). */
export interface PromoTables {
  readonly codes: string;
  readonly redemptions: string;
}

/**
 * Reads a promo code as `quotePromoCode` reads it (a consistent GetItem of `promoCodes`; the customer's
 * redemptions counted through the `byUser` index of `promoRedemptions`, only when the code has a
 * per-customer limit), so that an order and a quote judge the code alike.
 */
export function dynamoPromoStanding(client: DynamoDBClient, tables: PromoTables) {
  return async (code: string, userId: string): Promise<PromoStanding> => {
    const { Item } = await client.send(
      new GetItemCommand({ TableName: tables.codes, Key: { code: { S: code } }, ConsistentRead: true }),
    );
    if (!Item) return { rules: null, customerRedemptions: 0 };
    const rules = promoRules(unmarshall(Item));
    if (rules.perCustomerLimit === null) return { rules, customerRedemptions: 0 };
    let customerRedemptions = 0;
    let startKey: Record<string, never> | undefined;
    do {
      const page = await client.send(
        new QueryCommand({
          TableName: tables.redemptions,
          IndexName: 'byUser',
          KeyConditionExpression: 'userId = :userId',
          FilterExpression: 'code = :code',
          ExpressionAttributeValues: { ':userId': { S: userId }, ':code': { S: code } },
          Select: 'COUNT',
          ExclusiveStartKey: startKey,
        }),
      );
      customerRedemptions += page.Count ?? 0;
      startKey = page.LastEvaluatedKey as typeof startKey;
    } while (startKey);
    return { rules, customerRedemptions };
  };
}

/** A stored `promoCodes` item's rules; absent limits are null (the resolvers store them absent). */
export function promoRules(item: Record<string, unknown>): PromoRules {
  const number = (name: string): number | null => (typeof item[name] === 'number' ? item[name] : null);
  return {
    code: String(item.code),
    kind: item.kind === 'PERCENT' ? 'PERCENT' : 'FIXED',
    value: number('value') ?? 0,
    minSubtotalCents: number('minSubtotalCents'),
    maxRedemptions: number('maxRedemptions'),
    perCustomerLimit: number('perCustomerLimit'),
    startsAtMs: number('startsAtMs'),
    expiresAtMs: number('expiresAtMs'),
    active: item.active === true,
    redemptions: number('redemptions') ?? 0,
  };
}
