import { MAX_CART_LINES, MAX_LINE_QUANTITY } from '../../domain/cartLimits.js';
import type { PlaceOrderInput } from '../../schema/generated/types.js';
import { ISO_COUNTRIES } from '../../domain/isoCountries.js';
import { invalidInput } from './OrderError.js';
import type { ShippingAddress } from './OrderRecord.js';

/** A checked `placeOrder` request: trimmed, upper-cased where the API says so. */
export interface OrderRequest {
  readonly lines: readonly { readonly productId: string; readonly quantity: number }[];
  /** Upper-case; null when none. */
  readonly promoCode: string | null;
  readonly shippingAddress: ShippingAddress;
  readonly idempotencyKey: string;
}

/**
 * Checks a `placeOrder` input against the limits `schema.graphql` states: 1 to 50 lines, one per product,
 * quantities 1 to 99; a promo code of up to 32 characters; the address fields' lengths and an assigned
 * ISO 3166-1 alpha-2 country; an idempotency key of 8 to 64 `A-Z a-z 0-9 _ -`. Throws a `ValidationError`
 * naming the first bad field. `items` must be given (the resolver passes the stored cart's otherwise).
 */
export function parsePlaceOrder(input: PlaceOrderInput): OrderRequest {
  const items = input.items ?? [];
  if (items.length < 1 || items.length > MAX_CART_LINES) {
    throw invalidInput('input.items', `must have 1 to ${MAX_CART_LINES} lines`);
  }
  const seen = new Set<string>();
  const lines = items.map((item, i) => {
    const productId = item.productId.trim();
    if (productId.length < 1 || productId.length > 100) {
      throw invalidInput(`input.items[${i}].productId`, 'must be a product id of 1 to 100 characters');
    }
    if (seen.has(productId))
      throw invalidInput(`input.items[${i}].productId`, 'appears twice; give one line per product');
    seen.add(productId);
    if (!Number.isInteger(item.quantity) || item.quantity < 1 || item.quantity > MAX_LINE_QUANTITY) {
      throw invalidInput(`input.items[${i}].quantity`, `must be 1 to ${MAX_LINE_QUANTITY}`);
    }
    return { productId, quantity: item.quantity };
  });
  const code = input.promoCode?.trim() ?? '';
  if (code.length > 32) throw invalidInput('input.promoCode', 'must be at most 32 characters');
  const address = input.shippingAddress;
  const country = address.country.trim();
  if (!ISO_COUNTRIES.has(country)) {
    throw invalidInput('input.shippingAddress.country', 'must be an ISO 3166-1 alpha-2 code such as DE');
  }
  const line2 = text('input.shippingAddress.line2', address.line2 ?? '', 0, 200);
  const key = input.idempotencyKey;
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(key)) {
    throw invalidInput('input.idempotencyKey', 'must be 8 to 64 characters of A-Z a-z 0-9 _ -');
  }
  return {
    lines,
    promoCode: code === '' ? null : code.toUpperCase(),
    shippingAddress: {
      name: text('input.shippingAddress.name', address.name, 1, 100),
      line1: text('input.shippingAddress.line1', address.line1, 1, 200),
      line2: line2 === '' ? null : line2,
      city: text('input.shippingAddress.city', address.city, 1, 100),
      postalCode: text('input.shippingAddress.postalCode', address.postalCode, 1, 20),
      country,
    },
    idempotencyKey: key,
  };
}

// eslint-disable-next-line no-control-regex -- control characters are what is refused
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Trimmed `value` of `min` to `max` characters, with no control characters or lone surrogates. */
function text(field: string, value: string, min: number, max: number): string {
  const trimmed = value.trim();
  const length = [...trimmed].length;
  if (length < min || length > max) {
    throw invalidInput(
      field,
      min > 0 ? `must be ${min} to ${max} characters` : `must be at most ${max} characters`,
    );
  }
  if (CONTROL_CHARACTER.test(trimmed) || LONE_SURROGATE.test(trimmed)) {
    throw invalidInput(field, 'must not contain control characters or invalid Unicode');
  }
  return trimmed;
}
