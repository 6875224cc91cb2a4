import { describe, expect, it } from 'vitest';
import type { PromoRules } from './PromoRules.js';
import { quotePromo } from './quotePromo.js';

const NOW = Date.parse('2026-12-06T12:00:00.000Z');
const RULES: PromoRules = {
  code: 'WINTER',
  kind: 'PERCENT',
  value: 20,
  minSubtotalCents: null,
  maxRedemptions: null,
  perCustomerLimit: null,
  startsAtMs: null,
  expiresAtMs: null,
  active: true,
  redemptions: 0,
};
const AT = { subtotalCents: 5000, customerRedemptions: 0, nowMs: NOW };

describe('quotePromo', () => {
  it('gives the discount of a usable code', () => {
    expect(quotePromo(RULES, AT)).toEqual({ valid: true, reason: null, discountCents: 1000 });
    expect(quotePromo({ ...RULES, kind: 'FIXED', value: 700 }, AT)).toEqual({
      valid: true,
      reason: null,
      discountCents: 700,
    });
  });

  it.each([
    ['UNKNOWN', null, AT],
    ['INACTIVE', { ...RULES, active: false }, AT],
    ['NOT_STARTED', { ...RULES, startsAtMs: NOW + 1 }, AT],
    ['EXPIRED', { ...RULES, expiresAtMs: NOW }, AT],
    ['USED_UP', { ...RULES, maxRedemptions: 3, redemptions: 3 }, AT],
    ['CUSTOMER_LIMIT_REACHED', { ...RULES, perCustomerLimit: 1 }, { ...AT, customerRedemptions: 1 }],
    ['BELOW_MINIMUM', { ...RULES, minSubtotalCents: 5001 }, AT],
  ] as const)('answers %s with no discount', (reason, rules, input) => {
    expect(quotePromo(rules, input)).toEqual({ valid: false, reason, discountCents: 0 });
  });

  it('counts startsAt as usable and expiresAt as not, the minimum as reached', () => {
    expect(quotePromo({ ...RULES, startsAtMs: NOW }, AT).valid).toBe(true);
    expect(quotePromo({ ...RULES, expiresAtMs: NOW + 1 }, AT).valid).toBe(true);
    expect(quotePromo({ ...RULES, minSubtotalCents: 5000 }, AT).valid).toBe(true);
    expect(quotePromo({ ...RULES, maxRedemptions: 3, redemptions: 2 }, AT).valid).toBe(true);
    expect(quotePromo({ ...RULES, perCustomerLimit: 2 }, { ...AT, customerRedemptions: 1 }).valid).toBe(true);
  });

  it('names the first reason when several apply: inactive before expired before below the minimum', () => {
    const everything = { ...RULES, active: false, expiresAtMs: NOW - 1, minSubtotalCents: 999_999 };
    expect(quotePromo(everything, AT).reason).toBe('INACTIVE');
    expect(quotePromo({ ...everything, active: true }, AT).reason).toBe('EXPIRED');
    expect(quotePromo({ ...everything, active: true, expiresAtMs: null }, AT).reason).toBe('BELOW_MINIMUM');
  });
});
