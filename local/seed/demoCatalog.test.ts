import { describe, expect, it } from 'vitest';
import { parseNewProduct } from '../../functions/catalog/index.js';
import { demoCatalog } from './demoCatalog.js';

const catalog = demoCatalog('http://localhost:4000/');

describe('demoCatalog', () => {
  it('has at least 200 products over about ten categories, with unique ids, SKUs and names', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(200);
    const categories = new Set(catalog.map((product) => product.category));
    expect(categories.size).toBe(10);
    for (const key of ['id', 'sku', 'name'] as const) {
      expect(new Set(catalog.map((product) => product[key])).size, key).toBe(catalog.length);
    }
  });

  it('is the same on every call', () => {
    expect(demoCatalog('http://localhost:4000/')).toEqual(catalog);
  });

  it('holds only products createProduct would accept, each with an image served by the twin', () => {
    for (const product of catalog) {
      const { imageUrl, ...fields } = product;
      expect(parseNewProduct({ ...fields, imageUrl: null })).toMatchObject({
        sku: product.sku,
        name: product.name,
      });
      expect(imageUrl).toBe(`http://localhost:4000/images/${product.sku}.svg`);
      expect(product.description.length).toBeGreaterThan(60);
      // "a USB-C cable" is right, so U is left out of the article check.
      expect(product.description).not.toMatch(/\{v\}|\ba [AEIO]|\ban [^AEIOUaeiou\d]/);
    }
  });

  it('has products out of stock and at or below their threshold, for the shop and the admin to see', () => {
    const outOfStock = catalog.filter((product) => product.stock === 0);
    const low = catalog.filter((product) => product.stock <= product.lowStockThreshold);
    expect(outOfStock.length).toBeGreaterThan(5);
    expect(low.length).toBeGreaterThan(outOfStock.length);
    expect(catalog.every((product) => product.active && product.version === 1)).toBe(true);
  });

  it('reads like a shop: real names and descriptions, prices in cents', () => {
    expect(catalog[0]).toMatchObject({
      sku: 'CFT-001',
      name: 'Ethiopian Yirgacheffe Coffee Beans',
      category: 'Coffee & Tea',
      priceCents: 1289,
    });
    const mill = catalog.find((product) => product.sku === 'KIT-016');
    expect(mill?.name).toBe('Oak Pepper Mill');
    expect(mill?.description).toMatch(/^An Oak mill with a ceramic grinding mechanism/);
    expect(catalog.every((product) => Number.isInteger(product.priceCents) && product.priceCents > 0)).toBe(
      true,
    );
  });

  it('was created in the past, one product after another', () => {
    const times = catalog.map((product) => product.createdAt);
    expect(times).toEqual([...times].sort());
    expect(new Set(times).size).toBe(times.length);
    expect(Date.parse(times.at(-1)!)).toBeLessThan(Date.parse('2026-11-01T00:00:00.000Z'));
  });
});
