import { conditionFailed } from './lib/conditionFailed.js';
import { util } from '@aws-appsync/utils';
import type { Context, DynamoDBPutItemRequest } from '@aws-appsync/utils';
import type { MutationCreatePromoCodeArgs, PromoCode } from '../schema/generated/types.js';
import { adminCaller } from './lib/catalog.js';
import {
  checkAtLeast,
  checkDates,
  checkValue,
  instantMs,
  newCode,
  PROMO_LIST_KEY,
  toPromoCode,
} from './lib/promo.js';
import type { PromoItem } from './lib/promo.js';
import { shopCurrency } from './lib/settings.js';

/** `createPromoCode` (admins): stores a new code, upper-case, with no redemptions; a taken code is a `Conflict`. */
export function request(ctx: Context<MutationCreatePromoCodeArgs>): DynamoDBPutItemRequest {
  adminCaller(ctx);
  const input = ctx.args.input;
  const code = newCode('input.code', input.code);
  checkValue('input.value', input.kind, input.value);
  checkAtLeast('input.minSubtotalCents', input.minSubtotalCents, 0);
  checkAtLeast('input.maxRedemptions', input.maxRedemptions, 1);
  checkAtLeast('input.perCustomerLimit', input.perCustomerLimit, 1);
  const startsAtMs = instantMs(input.startsAt);
  const expiresAtMs = instantMs(input.expiresAt);
  checkDates(startsAtMs, expiresAtMs);
  const now = util.time.nowISO8601();
  const item: Record<string, unknown> = {
    listKey: PROMO_LIST_KEY,
    kind: input.kind,
    value: input.value,
    active: input.active ?? true,
    redemptions: 0,
    createdAt: now,
    updatedAt: now,
  };
  const optional: Record<string, number | null | undefined> = {
    minSubtotalCents: input.minSubtotalCents,
    maxRedemptions: input.maxRedemptions,
    perCustomerLimit: input.perCustomerLimit,
    startsAtMs,
    expiresAtMs,
  };
  Object.keys(optional).forEach((name) => {
    const value = optional[name];
    if (value !== null && value !== undefined) {
      item[name] = value;
    }
  });
  return {
    operation: 'PutItem',
    key: util.dynamodb.toMapValues({ code }),
    attributeValues: util.dynamodb.toMapValues(item),
    condition: { expression: 'attribute_not_exists(#code)', expressionNames: { '#code': 'code' } },
  };
}

export function response(ctx: Context<MutationCreatePromoCodeArgs>): PromoCode {
  if (conditionFailed(ctx)) {
    const code = ctx.args.input.code.toUpperCase();
    util.error(`The promo code ${code} already exists`, 'Conflict', null, { field: 'input.code', code });
  }
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  return toPromoCode(ctx.result as PromoItem, shopCurrency(ctx));
}
