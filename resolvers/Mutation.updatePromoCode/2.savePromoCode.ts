import { conditionFailed } from '../lib/conditionFailed.js';
import { util } from '@aws-appsync/utils';
import type { Context, DynamoDBUpdateItemRequest } from '@aws-appsync/utils';
import type { MutationUpdatePromoCodeArgs, PromoCode } from '../../schema/generated/types.js';
import { checkDates, checkValue, instantMs, toPromoCode } from '../lib/promo.js';
import type { PromoItem } from '../lib/promo.js';
import { shopCurrency } from '../lib/settings.js';
import { invalid } from '../lib/validate.js';

/**
 * Writes the changes: fields left out stay, an explicit null removes a limit or date. The result is
 * checked as a whole against the stored code, and the write is conditional on the redemptions still
 * being within a lowered `maxRedemptions` (an order may redeem the code meanwhile).
 */
export function request(ctx: Context<MutationUpdatePromoCodeArgs>): DynamoDBUpdateItemRequest {
  const input = ctx.args.input;
  const stored = ctx.stash.promo as PromoItem;
  const kind = input.kind ?? stored.kind;
  const value = input.value ?? stored.value;
  if (input.kind !== undefined || input.value !== undefined) {
    checkValue('input.value', kind, value);
  }
  const startsAtMs = input.startsAt === undefined ? (stored.startsAtMs ?? null) : instantMs(input.startsAt);
  const expiresAtMs =
    input.expiresAt === undefined ? (stored.expiresAtMs ?? null) : instantMs(input.expiresAt);
  checkDates(startsAtMs, expiresAtMs);
  const maxRedemptions = input.maxRedemptions;
  if (maxRedemptions !== null && maxRedemptions !== undefined && maxRedemptions < stored.redemptions) {
    invalid('input.maxRedemptions', `must not be below the ${stored.redemptions} redemptions made`, {
      redemptions: stored.redemptions,
    });
  }

  const changes: Record<string, unknown> = {
    kind: input.kind,
    value: input.value,
    active: input.active,
    minSubtotalCents: input.minSubtotalCents,
    maxRedemptions,
    perCustomerLimit: input.perCustomerLimit,
    startsAtMs: input.startsAt === undefined ? undefined : startsAtMs,
    expiresAtMs: input.expiresAt === undefined ? undefined : expiresAtMs,
  };
  const names: Record<string, string> = { '#updatedAt': 'updatedAt' };
  const values: Record<string, unknown> = { ':updatedAt': util.time.nowISO8601() };
  const sets: string[] = ['#updatedAt = :updatedAt'];
  const removes: string[] = [];
  Object.keys(changes).forEach((name) => {
    const change = changes[name];
    if (change === undefined) {
      return;
    }
    names[`#${name}`] = name;
    if (change === null) {
      removes.push(`#${name}`);
    } else {
      values[`:${name}`] = change;
      sets.push(`#${name} = :${name}`);
    }
  });
  const limited = maxRedemptions !== null && maxRedemptions !== undefined;
  return {
    operation: 'UpdateItem',
    key: util.dynamodb.toMapValues({ code: stored.code }),
    update: {
      expression: `SET ${sets.join(', ')}${removes.length > 0 ? ` REMOVE ${removes.join(', ')}` : ''}`,
      expressionNames: names,
      expressionValues: util.dynamodb.toMapValues(values),
    },
    condition: limited
      ? {
          expression: 'attribute_exists(#code) AND #redemptions <= :maxRedemptions',
          expressionNames: { '#code': 'code', '#redemptions': 'redemptions' },
          expressionValues: util.dynamodb.toMapValues({ ':maxRedemptions': maxRedemptions }),
        }
      : { expression: 'attribute_exists(#code)', expressionNames: { '#code': 'code' } },
  };
}

export function response(ctx: Context<MutationUpdatePromoCodeArgs>): PromoCode {
  if (conditionFailed(ctx)) {
    invalid(
      'input.maxRedemptions',
      'must not be below the redemptions made (an order redeemed the code meanwhile)',
    );
  }
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  return toPromoCode(ctx.result as PromoItem, shopCurrency(ctx));
}
