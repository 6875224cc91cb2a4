import { newId } from '../../functions/catalog/index.js';
import type { ProductRecord } from '../../functions/catalog/index.js';
import { CATALOG_SOURCE } from './catalogSource.js';
import type { CategorySource } from './catalogSource.js';
import { productImagePath } from './productImagePath.js';

// The first demo product's creation time; each next one is created 97 minutes later.
const FIRST_CREATED_AT = Date.UTC(2026, 0, 5, 9, 0, 0);
const CREATION_STEP_MS = 97 * 60 * 1000;
// Each variant costs this share more than the previous one.
const VARIANT_STEP = 0.15;

/**
 * The demo catalog: 210 products over the 10 categories of `CATALOG_SOURCE`, the same on every call.
 * Ids, times, prices and stock come from the product's position and a fixed-seed generator, never from
 * the clock or `Math.random`. Prices end in 0 or 9 cents; about one product in ten is out of stock and
 * one in ten at or below its low-stock threshold; every product is active. Each image URL is
 * `imageBaseUrl` followed by `productImagePath(sku)`.
 *
 * @example
 * demoCatalog('http://localhost:4000')[0]
 * // => { sku: 'CFT-001', name: 'Ethiopian Yirgacheffe Coffee Beans', category: 'Coffee & Tea', ... }
 */
export function demoCatalog(imageBaseUrl: string): readonly ProductRecord[] {
  const random = seededRandom(0x5eed_cafe);
  const base = imageBaseUrl.replace(/\/+$/, '');
  const products: ProductRecord[] = [];
  for (const category of CATALOG_SOURCE) {
    category.lines.forEach((line, lineIndex) => {
      line.variants.forEach((variant, variantIndex) => {
        const number = lineIndex * line.variants.length + variantIndex + 1;
        const sku = `${category.code}-${String(number).padStart(3, '0')}`;
        const createdAtMs = FIRST_CREATED_AT + products.length * CREATION_STEP_MS;
        const createdAt = new Date(createdAtMs).toISOString();
        const roll = random();
        const lowStockThreshold = roll < 0.5 ? 5 : 10;
        products.push({
          id: newId(createdAtMs, randomBytes(random)),
          sku,
          name: `${variant} ${line.noun}`,
          description: describe(line.detail, variant, category),
          category: category.name,
          priceCents: price(line.priceCents, variantIndex),
          imageUrl: `${base}${productImagePath(sku)}`,
          stock: stockFor(random(), lowStockThreshold),
          lowStockThreshold,
          active: true,
          version: 1,
          createdAt,
          updatedAt: createdAt,
        });
      });
    });
  }
  return products;
}

// `A {v}` and `An {v}` take the article the variant needs.
function describe(detail: string, variant: string, category: CategorySource): string {
  const withArticle = detail.replace(/\b(A|An|a|an) \{v\}/g, (_match, article: string) => {
    const an = /^[AEIOU]/i.test(variant);
    const word = an ? 'an' : 'a';
    return `${article[0] === 'A' ? word[0]!.toUpperCase() + word.slice(1) : word} ${variant}`;
  });
  return `${withArticle.replaceAll('{v}', variant)} ${category.closing}`;
}

function price(firstCents: number, variantIndex: number): number {
  const raw = Math.round(firstCents * (1 + VARIANT_STEP * variantIndex));
  // Round to the nearest 10 cents, then end in 9 for prices over 10.00, as shops do.
  const tens = Math.round(raw / 10) * 10;
  return tens >= 1000 ? tens - 1 : tens;
}

function stockFor(roll: number, threshold: number): number {
  if (roll < 0.1) return 0;
  if (roll < 0.2) return 1 + (Math.floor(roll * 100) % threshold);
  return threshold + 1 + (Math.floor(roll * 1000) % 150);
}

function randomBytes(random: () => number): Uint8Array {
  return Uint8Array.from({ length: 10 }, () => Math.floor(random() * 256));
}

// mulberry32: a small, fast generator whose sequence is fixed by its seed.
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
