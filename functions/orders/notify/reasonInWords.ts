/**
 * What the reason codes the shop's backend may store as an order's `statusReason` mean, in words for
 * the shopper: a shortage found when processing the order, and the promo code refusals
 * (`PromoCodeInvalidReason`) when a code can no longer be redeemed.
 */
const CODES: Readonly<Record<string, string>> = {
  OUT_OF_STOCK: 'some of the items are no longer in stock',
  UNKNOWN: 'the promo code does not exist',
  INACTIVE: 'the promo code is no longer active',
  EXPIRED: 'the promo code has expired',
  NOT_STARTED: 'the promo code is not valid yet',
  BELOW_MINIMUM: 'the order is below the minimum amount of the promo code',
  USED_UP: 'the promo code has been used up',
  CUSTOMER_LIMIT_REACHED: 'you have already used the promo code as often as it allows',
};

/**
 * An order's status reason as a shopper should read it: a known code (`OUT_OF_STOCK`, a promo code
 * refusal) in words, another upper-case code as lower-case words (`PAYMENT_FAILED` → "payment failed"),
 * and text someone wrote (an admin's reason) as written, trimmed. Null when no reason was given.
 *
 * @example
 * reasonInWords('EXPIRED') // => 'the promo code has expired'
 * reasonInWords('  Address is incomplete ') // => 'Address is incomplete'
 */
export function reasonInWords(reason: string | null | undefined): string | null {
  const trimmed = reason?.trim() ?? '';
  if (trimmed === '') return null;
  const known = CODES[trimmed];
  if (known !== undefined) return known;
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(trimmed) && trimmed.includes('_')) {
    return trimmed.toLowerCase().replace(/_/g, ' ');
  }
  return trimmed;
}
