import { describe, expect, it } from 'vitest';
import { formatMoney } from './formatMoney.js';
import { parsePriceCents } from './parsePriceCents.js';
import { priceText } from './priceText.js';

describe('formatMoney', () => {
  it('formats cents in the currency and locale', () => {
    expect(formatMoney({ cents: 1290, currency: 'EUR' }, 'en-US')).toBe('€12.90');
    expect(formatMoney({ cents: 1290, currency: 'EUR' }, 'de-DE')).toBe('12,90\u00a0€');
    expect(formatMoney({ cents: 0, currency: 'USD' }, 'en-US')).toBe('$0.00');
    expect(formatMoney({ cents: 123456789, currency: 'EUR' }, 'en-US')).toBe('€1,234,567.89');
  });

  it('divides by the currency own minor units', () => {
    expect(formatMoney({ cents: 1290, currency: 'JPY' }, 'en-US')).toBe('¥1,290');
  });
});

describe('parsePriceCents', () => {
  it('reads whole and decimal prices exactly', () => {
    expect(parsePriceCents('12')).toBe(1200);
    expect(parsePriceCents('12.9')).toBe(1290);
    expect(parsePriceCents(' 0.29 ')).toBe(29);
    expect(parsePriceCents('4,05')).toBe(405);
    expect(parsePriceCents('0')).toBe(0);
  });

  it('refuses what is not a price', () => {
    for (const text of ['', '-1', '1.234', 'abc', '1e3', '1.', '.5', '1234567890'])
      expect(parsePriceCents(text), text).toBeNull();
  });

  it('writes cents back as text that parses to the same cents', () => {
    for (const cents of [0, 5, 29, 1290, 100000000]) expect(parsePriceCents(priceText(cents))).toBe(cents);
    expect(priceText(1290)).toBe('12.90');
  });
});
