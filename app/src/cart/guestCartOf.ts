import { MAX_CART_LINES, MAX_LINE_QUANTITY } from '../../../domain/cartLimits.js';
import type { GuestCart, GuestCartLine } from './GuestCart.js';
import { EMPTY_GUEST_CART } from './GuestCart.js';

/**
 * The guest cart stored as `text` (JSON from `localStorage`), or an empty one when there is none or it
 * cannot be read. Lines that are not a product id with a whole quantity are dropped, quantities are held
 * to 1..99, a product's second line and lines past the 50th are dropped: what it returns is always a cart
 * `mergeCart` accepts.
 *
 * @example
 * guestCartOf('{"lines":[{"productId":"p1","quantity":2}]}') // => { lines: [{ productId: 'p1', quantity: 2 }] }
 */
export function guestCartOf(text: string | null): GuestCart {
  if (!text) return EMPTY_GUEST_CART;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return EMPTY_GUEST_CART;
  }
  if (typeof json !== 'object' || json === null) return EMPTY_GUEST_CART;
  const { lines, merging } = json as { lines?: unknown; merging?: unknown };
  const seen = new Set<string>();
  const kept: GuestCartLine[] = [];
  for (const line of Array.isArray(lines) ? (lines as unknown[]) : []) {
    const { productId, quantity } = (typeof line === 'object' && line !== null ? line : {}) as {
      productId?: unknown;
      quantity?: unknown;
    };
    if (typeof productId !== 'string' || productId === '' || productId.length > 100) continue;
    if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1) continue;
    if (seen.has(productId) || kept.length === MAX_CART_LINES) continue;
    seen.add(productId);
    kept.push({ productId, quantity: Math.min(quantity, MAX_LINE_QUANTITY) });
  }
  const marker = (typeof merging === 'object' && merging !== null ? merging : {}) as {
    userId?: unknown;
    base?: unknown;
  };
  const validMarker =
    typeof marker.userId === 'string' && (typeof marker.base === 'string' || marker.base === null);
  return validMarker
    ? { lines: kept, merging: { userId: marker.userId as string, base: marker.base as string | null } }
    : { lines: kept };
}
