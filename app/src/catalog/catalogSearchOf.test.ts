import { describe, expect, it } from 'vitest';
import { catalogSearchOf } from './catalogSearchOf.js';

describe('catalogSearchOf', () => {
  it('reads search, category and sort', () => {
    expect(catalogSearchOf(new URLSearchParams('q=+desk+lamp+&category=Lighting&sort=PRICE_DESC'))).toEqual({
      search: 'desk lamp',
      category: 'Lighting',
      sort: 'PRICE_DESC',
    });
  });

  it('defaults to everything, newest first, and refuses what the API would', () => {
    expect(catalogSearchOf(new URLSearchParams())).toEqual({ search: '', category: '', sort: 'NEWEST' });
    expect(catalogSearchOf(new URLSearchParams('sort=CHEAPEST')).sort).toBe('NEWEST');
    expect(catalogSearchOf(new URLSearchParams(`q=${'x'.repeat(150)}`)).search).toHaveLength(100);
  });
});
