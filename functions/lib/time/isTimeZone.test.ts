import { describe, expect, it } from 'vitest';
import { isTimeZone } from './isTimeZone.js';

describe('isTimeZone', () => {
  it('knows IANA zones', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
