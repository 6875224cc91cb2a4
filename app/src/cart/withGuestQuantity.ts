import { MAX_CART_LINES, MAX_LINE_QUANTITY } from '../../../domain/cartLimits.js';
import type { GuestCart } from './GuestCart.js';

/** What setting a line's quantity did: the new cart, or why it was refused. */
export type GuestCartChange =
  { readonly ok: true; readonly cart: GuestCart } | { readonly ok: false; readonly reason: 'tooManyLines' };

/**
 * The guest cart with `productId` at `quantity` units: 0 removes the line, a new product is added at the
 * end, quantities are held to 99 like the stored cart's. A 51st product is refused (`tooManyLines`), as
 * `setCartItem` refuses it. The merge marker is kept.
 *
 * @example
 * withGuestQuantity({ lines: [] }, 'p1', 2) // => { ok: true, cart: { lines: [{ productId: 'p1', quantity: 2 }] } }
 */
export function withGuestQuantity(cart: GuestCart, productId: string, quantity: number): GuestCartChange {
  const units = Math.min(Math.max(0, Math.trunc(quantity)), MAX_LINE_QUANTITY);
  const present = cart.lines.some((line) => line.productId === productId);
  if (!present && units > 0 && cart.lines.length >= MAX_CART_LINES)
    return { ok: false, reason: 'tooManyLines' };
  const lines = present
    ? cart.lines
        .map((line) => (line.productId === productId ? { productId, quantity: units } : line))
        .filter((line) => line.quantity > 0)
    : units > 0
      ? [...cart.lines, { productId, quantity: units }]
      : cart.lines;
  return { ok: true, cart: { ...cart, lines } };
}
