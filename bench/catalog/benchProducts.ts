import { createHash } from 'node:crypto';
import type { ProductRecord } from '../../functions/catalog/ProductRecord.js';
import { newId } from '../../functions/lib/newId.js';
import { demoCatalog } from '../../local/seed/demoCatalog.js';

// A month after the demo catalog's products: the benchmark's products come first under NEWEST.
const FIRST_CREATED_AT = Date.UTC(2026, 2, 1, 9, 0, 0);

/**
 * `count` products that fill the demo catalog up for the benchmark, the same on every call: the demo
 * products again in turn (their name, description, category, price, stock and picture), each as a new
 * product with the SKU `BENCH-0001`, `BENCH-0002`, … and `, batch N` after its name, created a minute
 * apart, all active. Ids are ULIDs of their creation time with bytes hashed from the SKU.
 *
 * @example
 * benchProducts(2, 'http://localhost:4000').map((product) => product.sku) // => ['BENCH-0001', 'BENCH-0002']
 */
export function benchProducts(count: number, imageBaseUrl: string): readonly ProductRecord[] {
  const templates = demoCatalog(imageBaseUrl);
  return Array.from({ length: count }, (_, index) => {
    const template = templates[index % templates.length]!;
    const sku = `BENCH-${String(index + 1).padStart(4, '0')}`;
    const createdAtMs = FIRST_CREATED_AT + index * 60_000;
    const createdAt = new Date(createdAtMs).toISOString();
    return {
      ...template,
      id: newId(createdAtMs, createHash('sha256').update(sku).digest()),
      sku,
      name: `${template.name}, batch ${Math.floor(index / templates.length) + 2}`,
      active: true,
      version: 1,
      createdAt,
      updatedAt: createdAt,
    };
  });
}
