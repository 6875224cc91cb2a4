import { describe, expect, it } from 'vitest';
import { ISO_COUNTRIES } from './isoCountries.js';

describe('ISO_COUNTRIES', () => {
  it('holds the 249 assigned codes, each a region ICU knows by name', () => {
    expect(ISO_COUNTRIES.size).toBe(249);
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (const code of ISO_COUNTRIES) expect(names.of(code), code).toBeTruthy();
  });

  it('leaves out user-assigned and reserved codes that ICU also names', () => {
    for (const code of ['EU', 'UK', 'XK', 'ZZ', 'QO', 'AA'])
      expect(ISO_COUNTRIES.has(code), code).toBe(false);
  });
});
