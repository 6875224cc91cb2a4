import { describe, expect, it } from 'vitest';
import type { PromoCodeFieldsFragment } from '../../gql/graphql.js';
import { createPromoInputOf } from './createPromoInputOf.js';
import { promoDiscountText } from './promoDiscountText.js';
import { promoStateOf } from './promoStateOf.js';
import { promoTimeText } from './promoTimeText.js';
import { promoUsesText } from './promoUsesText.js';
import { updatePromoInputOf } from './updatePromoInputOf.js';

const BERLIN = 'Europe/Berlin';
const form = (fields: Record<string, string>): Map<string, string> => new Map(Object.entries(fields));

const PROMO: PromoCodeFieldsFragment = {
  code: 'SUMMER10',
  kind: 'PERCENT',
  value: 10,
  minSubtotal: { cents: 2000, currency: 'EUR' },
  maxRedemptions: 100,
  perCustomerLimit: null,
  redemptions: 3,
  startsAt: '2026-06-01T08:00:00.000Z',
  expiresAt: null,
  active: true,
};

/** The form as the edit page fills it from `PROMO`. */
const SAME = {
  kind: 'PERCENT',
  value: '10',
  minSubtotalCents: '20.00',
  maxRedemptions: '100',
  perCustomerLimit: '',
  startsAt: '2026-06-01T10:00',
  expiresAt: '',
};

describe('createPromoInputOf', () => {
  it('reads percent and amounts (with a comma too), shop times, and leaves empty limits out', () => {
    expect(
      createPromoInputOf(
        form({
          code: ' summer10 ',
          kind: 'FIXED',
          value: '5,50',
          minSubtotalCents: '20',
          maxRedemptions: '',
          perCustomerLimit: '1',
          startsAt: '2026-12-24T18:00',
          expiresAt: '',
          active: 'on',
        }),
        BERLIN,
      ),
    ).toEqual({
      input: {
        code: 'summer10',
        kind: 'FIXED',
        value: 550,
        minSubtotalCents: 2000,
        perCustomerLimit: 1,
        startsAt: '2026-12-24T17:00:00.000Z',
        active: true,
      },
    });
    expect(createPromoInputOf(form({ code: 'A1B', kind: 'PERCENT', value: '100' }), BERLIN)).toEqual({
      input: { code: 'A1B', kind: 'PERCENT', value: 100, active: false },
    });
  });

  it('names the field it cannot read, as the API would', () => {
    const cases: [Record<string, string>, string][] = [
      [{ kind: '' }, 'input.kind'],
      [{ kind: 'PERCENT', value: '101' }, 'input.value'],
      [{ kind: 'PERCENT', value: '12.5' }, 'input.value'],
      [{ kind: 'FIXED', value: '0' }, 'input.value'],
      [{ kind: 'FIXED', value: '1', minSubtotalCents: 'a lot' }, 'input.minSubtotalCents'],
      [{ kind: 'FIXED', value: '1', maxRedemptions: '0' }, 'input.maxRedemptions'],
      [{ kind: 'FIXED', value: '1', perCustomerLimit: '1.5' }, 'input.perCustomerLimit'],
      [{ kind: 'FIXED', value: '1', startsAt: 'tomorrow' }, 'input.startsAt'],
      [
        { kind: 'FIXED', value: '1', startsAt: '2026-07-02T10:00', expiresAt: '2026-07-02T10:00' },
        'input.expiresAt',
      ],
    ];
    for (const [fields, field] of cases)
      expect(createPromoInputOf(form(fields), BERLIN), field).toMatchObject({ error: { code: null, field } });
  });
});

describe('updatePromoInputOf', () => {
  it('sends nothing when nothing changed, times compared as the field shows them', () => {
    expect(updatePromoInputOf(form(SAME), PROMO, BERLIN)).toEqual({ input: {} });
    expect(updatePromoInputOf(form({ ...SAME, minSubtotalCents: '20' }), PROMO, BERLIN)).toEqual({
      input: {},
    });
    // Stored with seconds, shown to the minute: left alone, it is not sent.
    const seconds = { ...PROMO, startsAt: '2026-06-01T08:00:30.000Z' };
    expect(updatePromoInputOf(form(SAME), seconds, BERLIN)).toEqual({ input: {} });
  });

  it('sends what changed, kind and value together, and null to remove a limit or date', () => {
    expect(
      updatePromoInputOf(
        form({
          ...SAME,
          kind: 'FIXED',
          value: '10',
          maxRedemptions: '',
          startsAt: '',
          expiresAt: '2026-09-01T00:00',
        }),
        PROMO,
        BERLIN,
      ),
    ).toEqual({
      input: {
        kind: 'FIXED',
        value: 1000,
        maxRedemptions: null,
        startsAt: null,
        expiresAt: '2026-08-31T22:00:00.000Z',
      },
    });
    expect(updatePromoInputOf(form({ ...SAME, value: '15', minSubtotalCents: '' }), PROMO, BERLIN)).toEqual({
      input: { kind: 'PERCENT', value: 15, minSubtotalCents: null },
    });
  });
});

describe('promo code texts', () => {
  it('says what a code takes off, and from which order', () => {
    expect(promoDiscountText(PROMO, 'EUR', 'en-US')).toBe('10% off orders from €20.00');
    expect(promoDiscountText({ kind: 'FIXED', value: 550, minSubtotal: null }, 'EUR', 'en-US')).toBe(
      '€5.50 off',
    );
  });

  it('counts redemptions against the limits', () => {
    expect(promoUsesText(PROMO)).toBe('3 of 100');
    expect(promoUsesText({ redemptions: 0, maxRedemptions: null, perCustomerLimit: 1 })).toBe(
      '0 (no limit), 1 per customer',
    );
  });

  it('tells whether shoppers can use it now, in the order the shop checks', () => {
    const now = Date.parse('2026-07-01T00:00:00Z');
    expect(promoStateOf(PROMO, now)).toBe('Usable');
    expect(promoStateOf({ ...PROMO, active: false, redemptions: 100 }, now)).toBe('Deactivated');
    expect(promoStateOf({ ...PROMO, startsAt: '2026-07-02T00:00:00Z' }, now)).toBe('Not started');
    expect(promoStateOf({ ...PROMO, expiresAt: '2026-07-01T00:00:00Z' }, now)).toBe('Expired');
    expect(promoStateOf({ ...PROMO, redemptions: 100 }, now)).toBe('Used up');
  });

  it('fills a date field on the shop clock', () => {
    expect(promoTimeText(PROMO.startsAt, BERLIN)).toBe('2026-06-01T10:00');
    expect(promoTimeText(null, BERLIN)).toBe('');
  });
});
