import { describe, expect, it } from 'vitest';
import { ianaTimeZone } from './ianaTimeZone.js';

describe('ianaTimeZone', () => {
  it('answers the offset in force at an instant, in seconds, following DST', () => {
    const berlin = ianaTimeZone('Europe/Berlin');
    expect(berlin.offsetAt(Date.parse('2026-01-15T12:00:00Z'))).toBe(3600);
    expect(berlin.offsetAt(Date.parse('2026-07-15T12:00:00Z'))).toBe(7200);
    // The change happens at 01:00Z on 2026-03-29.
    expect(berlin.offsetAt(Date.parse('2026-03-29T00:59:59.999Z'))).toBe(3600);
    expect(berlin.offsetAt(Date.parse('2026-03-29T01:00:00Z'))).toBe(7200);
    expect(ianaTimeZone('Asia/Kolkata').offsetAt(0)).toBe(19_800);
  });

  it('reads offsets with seconds, and in years before 1 AD', () => {
    // Berlin kept local mean time, +00:53:28, until 1893.
    expect(ianaTimeZone('Europe/Berlin').offsetAt(Date.UTC(1800, 0, 1))).toBe(3208);
    const bc = new Date(0);
    bc.setUTCFullYear(-100, 0, 1);
    expect(ianaTimeZone('Europe/Berlin').offsetAt(bc.getTime())).toBe(3208);
  });

  it('keeps the name as written and matches it as Intl does; throws a RangeError for an unknown one', () => {
    expect(ianaTimeZone('Asia/Calcutta').id).toBe('Asia/Calcutta');
    expect(ianaTimeZone('europe/berlin').offsetAt(Date.parse('2026-07-15T12:00:00Z'))).toBe(7200);
    expect(() => ianaTimeZone('Mars/Olympus')).toThrow(RangeError);
  });
});
