import { createHash } from 'node:crypto';
import type { OrderRequest } from './parsePlaceOrder.js';

/**
 * The sha256 (hex) of what a `placeOrder` asks for: its lines in order, promo code and address, in a
 * fixed JSON form. The same idempotency key with the same hash is a repeat (answered with the order it
 * placed); with another hash it is a reuse for a different order (`Conflict`).
 */
export function requestHash(request: OrderRequest): string {
  const canonical = JSON.stringify([
    request.lines.map((line) => [line.productId, line.quantity]),
    request.promoCode,
    [
      request.shippingAddress.name,
      request.shippingAddress.line1,
      request.shippingAddress.line2,
      request.shippingAddress.city,
      request.shippingAddress.postalCode,
      request.shippingAddress.country,
    ],
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
