import { describe, expect, it } from 'vitest';
import { demoCatalog } from '../../local/seed/demoCatalog.js';
import { benchProducts } from './benchProducts.js';

describe('benchProducts', () => {
  const products = benchProducts(790, 'http://localhost:4000');

  it('makes the products asked for, with ids and SKUs of their own', () => {
    expect(products).toHaveLength(790);
    const demo = demoCatalog('http://localhost:4000');
    const ids = new Set([...demo, ...products].map((product) => product.id));
    const skus = new Set([...demo, ...products].map((product) => product.sku));
    expect(ids.size).toBe(1000);
    expect(skus.size).toBe(1000);
    for (const product of products) expect(product.sku).toMatch(/^[A-Z0-9][A-Z0-9-]{1,39}$/);
  });

  it('is the same on every call', () => {
    expect(benchProducts(3, 'http://localhost:4000')).toEqual(products.slice(0, 3));
  });

  it('repeats the demo products in turn as later batches', () => {
    expect(products[0]!.name).toBe(`${demoCatalog('http://localhost:4000')[0]!.name}, batch 2`);
    expect(products[210]!.name).toBe(`${demoCatalog('http://localhost:4000')[0]!.name}, batch 3`);
  });
});
