// The input checks of the catalog operations: limits from schema.graphql, each failure a ValidationError
// naming its field. The operations' use of them is tested against the engines in catalog.test.ts.
import { describe, expect, it } from 'vitest';
import { CatalogError } from './CatalogError.js';
import { parseNewProduct } from './parseNewProduct.js';
import { parseProductChanges } from './parseProductChanges.js';
import { parseProductListQuery } from './parseProductListQuery.js';
import { parseStockAdjustment } from './parseStockAdjustment.js';

function fieldOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as CatalogError).type).toBe('ValidationError');
    return (error as CatalogError).info?.field;
  }
  throw new Error('no ValidationError');
}

describe('parseNewProduct', () => {
  const valid = { sku: 'TEA-1', name: 'Sencha', category: 'Tea', priceCents: 890 };

  it('trims and fills the defaults', () => {
    expect(parseNewProduct({ ...valid, name: ' Sencha ', description: ' Green. ' })).toEqual({
      sku: 'TEA-1',
      name: 'Sencha',
      description: 'Green.',
      category: 'Tea',
      priceCents: 890,
      imageUrl: null,
      stock: 0,
      lowStockThreshold: 5,
      active: true,
    });
  });

  it('counts characters, not UTF-16 units', () => {
    expect(parseNewProduct({ ...valid, name: '🍵'.repeat(200) }).name).toHaveLength(400);
    expect(fieldOf(() => parseNewProduct({ ...valid, name: '🍵'.repeat(201) }))).toBe('input.name');
  });

  it.each([
    [{ sku: 'tea-1' }, 'input.sku'],
    [{ sku: 'T' }, 'input.sku'],
    [{ sku: 'TEA 1' }, 'input.sku'],
    [{ name: '' }, 'input.name'],
    [{ description: 'x'.repeat(5001) }, 'input.description'],
    [{ category: ' ' }, 'input.category'],
    [{ priceCents: -1 }, 'input.priceCents'],
    [{ priceCents: 1.5 }, 'input.priceCents'],
    [{ stock: 1_000_001 }, 'input.stock'],
    [{ lowStockThreshold: -1 }, 'input.lowStockThreshold'],
    [{ imageUrl: 'http://example.com/a.png' }, 'input.imageUrl'],
    [{ imageUrl: 'https://' }, 'input.imageUrl'],
    [{ imageUrl: 'not a url' }, 'input.imageUrl'],
  ])('refuses %j', (change, field) => {
    expect(fieldOf(() => parseNewProduct({ ...valid, ...change }))).toBe(field);
  });
});

// U+0000 cuts a SQLite LIKE pattern short (a search for it matched every product) and cannot be stored
// faithfully; an unpaired surrogate is no character at all and reaches the database replaced.
describe('every text field refuses NUL and unpaired surrogates, naming the field', () => {
  const valid = { sku: 'TEA-1', name: 'Sencha', category: 'Tea', priceCents: 890 };
  const bad = ['Sen\u0000cha', '\u0000', 'Sen\uD800cha', 'Sencha\uDC00', '\uDFFF\uD800'];

  it.each(bad)(
    'refuses %j in every string of a new product, a change, a filter and a stock reason',
    (text) => {
      expect(fieldOf(() => parseNewProduct({ ...valid, name: text }))).toBe('input.name');
      expect(fieldOf(() => parseNewProduct({ ...valid, description: text }))).toBe('input.description');
      expect(fieldOf(() => parseNewProduct({ ...valid, category: text }))).toBe('input.category');
      expect(fieldOf(() => parseNewProduct({ ...valid, imageUrl: `https://example.com/${text}.png` }))).toBe(
        'input.imageUrl',
      );
      expect(fieldOf(() => parseProductChanges({ name: text }))).toBe('input.name');
      expect(fieldOf(() => parseProductChanges({ description: text }))).toBe('input.description');
      expect(fieldOf(() => parseProductChanges({ category: text }))).toBe('input.category');
      expect(fieldOf(() => parseProductListQuery({ filter: { search: text } }))).toBe('filter.search');
      expect(fieldOf(() => parseProductListQuery({ filter: { category: text } }))).toBe('filter.category');
      expect(fieldOf(() => parseStockAdjustment({ id: 'P1', delta: 1, reason: text }))).toBe('reason');
    },
  );

  it('says why in the message', () => {
    expect(() => parseNewProduct({ ...valid, name: 'a\u0000b' })).toThrow(
      'input.name: must not contain the NUL character (U+0000)',
    );
    expect(() => parseNewProduct({ ...valid, name: 'a\uD800b' })).toThrow(
      'input.name: must be well-formed Unicode (it holds an unpaired surrogate)',
    );
  });

  it('keeps characters outside the BMP, whose surrogates come in pairs', () => {
    expect(parseNewProduct({ ...valid, name: 'Matcha 🍵' }).name).toBe('Matcha 🍵');
    expect(parseProductListQuery({ filter: { search: '🍵' } }).filter.search).toBe('🍵');
  });
});

describe('parseProductChanges', () => {
  it('keeps given fields, drops nulls except imageUrl, which null removes', () => {
    expect(parseProductChanges({ name: ' New ', description: null, imageUrl: null, active: false })).toEqual({
      name: 'New',
      imageUrl: null,
      active: false,
    });
    expect(parseProductChanges({})).toEqual({});
    expect(
      parseProductChanges({ imageUrl: 'https://example.com/x.png', priceCents: 0, lowStockThreshold: 0 }),
    ).toEqual({ imageUrl: 'https://example.com/x.png', priceCents: 0, lowStockThreshold: 0 });
  });

  it('checks the limits of a new product', () => {
    expect(fieldOf(() => parseProductChanges({ name: ' ' }))).toBe('input.name');
    expect(fieldOf(() => parseProductChanges({ priceCents: -1 }))).toBe('input.priceCents');
    expect(fieldOf(() => parseProductChanges({ imageUrl: 'ftp://example.com/a' }))).toBe('input.imageUrl');
  });
});

describe('parseProductListQuery', () => {
  it('defaults to the newest 20, without filter', () => {
    expect(parseProductListQuery({})).toEqual({
      filter: {
        category: null,
        search: null,
        minPriceCents: null,
        maxPriceCents: null,
        inStockOnly: false,
        archived: false,
      },
      sort: 'NEWEST',
      limit: 20,
      nextToken: null,
    });
  });

  it('trims the filter and keeps the limit, sort and token', () => {
    expect(
      parseProductListQuery({
        filter: {
          category: ' Tea ',
          search: ' green ',
          minPriceCents: 0,
          maxPriceCents: 0,
          inStockOnly: true,
        },
        sort: 'NAME',
        limit: 100,
        nextToken: 'abc.def',
      }),
    ).toEqual({
      filter: {
        category: 'Tea',
        search: 'green',
        minPriceCents: 0,
        maxPriceCents: 0,
        inStockOnly: true,
        archived: false,
      },
      sort: 'NAME',
      limit: 100,
      nextToken: 'abc.def',
    });
  });

  it.each([
    [{ limit: 0 }, 'limit'],
    [{ limit: 101 }, 'limit'],
    [{ filter: { search: '' } }, 'filter.search'],
    [{ filter: { category: 'c'.repeat(101) } }, 'filter.category'],
    [{ filter: { minPriceCents: -1 } }, 'filter.minPriceCents'],
    [{ filter: { maxPriceCents: -1 } }, 'filter.maxPriceCents'],
    [{ filter: { minPriceCents: 2, maxPriceCents: 1 } }, 'filter.maxPriceCents'],
    [{ nextToken: '' }, 'nextToken'],
    [{ nextToken: 'x'.repeat(1025) }, 'nextToken'],
  ])('refuses %j', (args, field) => {
    expect(fieldOf(() => parseProductListQuery(args))).toBe(field);
  });
});

describe('parseStockAdjustment', () => {
  it('trims the reason and keeps a non-zero delta within a million', () => {
    expect(parseStockAdjustment({ id: 'P1', delta: -1_000_000, reason: ' stocktake ' })).toEqual({
      id: 'P1',
      delta: -1_000_000,
      reason: 'stocktake',
    });
  });

  it.each([
    [{ delta: 0, reason: 'x' }, 'delta'],
    [{ delta: 1_000_001, reason: 'x' }, 'delta'],
    [{ delta: 1, reason: '' }, 'reason'],
    [{ delta: 1, reason: 'r'.repeat(501) }, 'reason'],
  ])('refuses %j', (args, field) => {
    expect(fieldOf(() => parseStockAdjustment({ id: 'P1', ...args }))).toBe(field);
  });
});
