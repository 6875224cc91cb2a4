import { util } from '@aws-appsync/utils';
import type { Context, DynamoDBGetItemRequest } from '@aws-appsync/utils';
import type { PromoRules } from '../../domain/PromoRules.js';
import type { PromoCode, PromoKind } from '../../schema/generated/types.js';
import { invalid } from './validate.js';

/** The value every promo code item has in `listKey`: the `byCode` index lists them all, sorted. */
export const PROMO_LIST_KEY = 'ALL';

/** The largest `FIXED` value, in cents (`schema.graphql`). */
export const MAX_FIXED_CENTS = 100000000;

/** An item of the `promoCodes` table. Limits and dates that are not set are absent. */
export interface PromoItem {
  readonly code: string;
  readonly listKey: string;
  readonly kind: PromoKind;
  readonly value: number;
  readonly minSubtotalCents?: number | null;
  readonly maxRedemptions?: number | null;
  readonly perCustomerLimit?: number | null;
  readonly startsAtMs?: number | null;
  readonly expiresAtMs?: number | null;
  readonly active: boolean;
  readonly redemptions: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The rules the shared quote function reads. */
export function toRules(item: PromoItem): PromoRules {
  return {
    code: item.code,
    kind: item.kind,
    value: item.value,
    minSubtotalCents: item.minSubtotalCents ?? null,
    maxRedemptions: item.maxRedemptions ?? null,
    perCustomerLimit: item.perCustomerLimit ?? null,
    startsAtMs: item.startsAtMs ?? null,
    expiresAtMs: item.expiresAtMs ?? null,
    active: item.active,
    redemptions: item.redemptions,
  };
}

/** The API's `PromoCode`. */
export function toPromoCode(item: PromoItem, currency: string): PromoCode {
  const minSubtotalCents = item.minSubtotalCents ?? null;
  return {
    code: item.code,
    kind: item.kind,
    value: item.value,
    minSubtotal: minSubtotalCents === null ? null : { cents: minSubtotalCents, currency },
    maxRedemptions: item.maxRedemptions ?? null,
    perCustomerLimit: item.perCustomerLimit ?? null,
    redemptions: item.redemptions,
    startsAt: isoOrNull(item.startsAtMs),
    expiresAt: isoOrNull(item.expiresAtMs),
    active: item.active,
  };
}

function isoOrNull(ms: number | null | undefined): string | null {
  return ms === null || ms === undefined ? null : util.time.epochMilliSecondsToISO8601(ms);
}

/**
 * A code to look up: trimmed and upper-cased (codes are case-insensitive), 1 to 32 characters.
 * A `ValidationError` on `field` otherwise.
 */
export function lookupCode(field: string, code: string): string {
  const trimmed = code.trim();
  if (trimmed.length < 1 || trimmed.length > 32) {
    invalid(field, 'must be 1 to 32 characters');
  }
  return trimmed.toUpperCase();
}

/** A new code: 3 to 32 letters, digits, `_` or `-`, starting with a letter or digit; upper-cased. */
export function newCode(field: string, code: string): string {
  if (!util.matches('^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$', code)) {
    invalid(field, 'must be 3 to 32 letters, digits, "_" or "-", starting with a letter or digit');
  }
  return code.toUpperCase();
}

/** `value` must fit `kind`: 1 to 100 percent, or 1 to 100,000,000 cents. */
export function checkValue(field: string, kind: PromoKind, value: number): void {
  const max = kind === 'PERCENT' ? 100 : MAX_FIXED_CENTS;
  if (value < 1 || value > max) {
    invalid(field, kind === 'PERCENT' ? 'must be 1 to 100 (percent)' : `must be 1 to ${max} (cents)`);
  }
}

/** A limit that, when set, must be at least `min`. */
export function checkAtLeast(field: string, value: number | null | undefined, min: number): void {
  if (value !== null && value !== undefined && value < min) {
    invalid(field, `must be ${min} or more`);
  }
}

/** An `AWSDateTime` as epoch milliseconds; null stays null. */
export function instantMs(value: string | null | undefined): number | null {
  return value === null || value === undefined ? null : util.time.parseISO8601ToEpochMilliSeconds(value);
}

/** `expiresAt` must come after `startsAt` when both are set. */
export function checkDates(startsAtMs: number | null, expiresAtMs: number | null): void {
  if (startsAtMs !== null && expiresAtMs !== null && expiresAtMs <= startsAtMs) {
    invalid('input.expiresAt', 'must be after startsAt');
  }
}

/** Step `getPromoCode` (promoCodes): the code in `ctx.stash.code`, read consistently. */
export function getPromoCodeRequest(ctx: Context): DynamoDBGetItemRequest {
  return {
    operation: 'GetItem',
    key: util.dynamodb.toMapValues({ code: ctx.stash.code as string }),
    consistentRead: true,
  };
}
