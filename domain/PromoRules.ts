import type { PromoKind } from '../schema/generated/types.js';

/**
 * A promo code's rules and use, as the `promoCodes` table stores them. Times are epoch milliseconds, so
 * the resolvers and the functions compare them the same way; absent limits and dates are null.
 */
export interface PromoRules {
  /** Upper-case. */
  readonly code: string;
  readonly kind: PromoKind;
  readonly value: number;
  readonly minSubtotalCents: number | null;
  readonly maxRedemptions: number | null;
  readonly perCustomerLimit: number | null;
  /** First usable moment (inclusive). */
  readonly startsAtMs: number | null;
  /** First unusable moment (exclusive). */
  readonly expiresAtMs: number | null;
  readonly active: boolean;
  /** Redemptions made and not released (a cancelled order releases its redemption). */
  readonly redemptions: number;
}
