import { describe, expect, it } from 'vitest';
import type { ApiError } from './ApiError.js';
import { errorMessageOf } from './errorMessageOf.js';

const error = (
  code: string | null,
  message: string,
  info: Record<string, unknown> | null = null,
): ApiError => ({
  code,
  message,
  field: typeof info?.field === 'string' ? info.field : null,
  info,
});
const names = { productName: (id: string) => ({ p1: 'Stoneware Teapot' })[id] };

/** What no sentence shown to a person may contain. */
const TECHNICAL =
  /ValidationError|OutOfStock|NotFound|PromoCodeInvalid|InvalidStateTransition|Conflict|Unauthorized|Exception|input\.|errorType|[A-Z]{4,}_/;

describe('errorMessageOf', () => {
  it('names the product and what is left of it (OutOfStock)', () => {
    const outOfStock = error('OutOfStock', 'Only 3 of Stoneware Teapot left', {
      productId: 'p1',
      available: 3,
    });
    expect(errorMessageOf(outOfStock, names)).toBe('Only 3 left of Stoneware Teapot.');
    expect(errorMessageOf({ ...outOfStock, info: { productId: 'p1', available: 0 } }, names)).toBe(
      'Stoneware Teapot is out of stock.',
    );
    expect(errorMessageOf(outOfStock)).toBe('Only 3 left of a product in your cart.');
    expect(errorMessageOf({ ...outOfStock, info: { productId: 'p9', available: 0 } })).toBe(
      'A product in your cart is out of stock.',
    );
  });

  it('says a product, an order or a promo code is gone (NotFound)', () => {
    expect(errorMessageOf(error('NotFound', 'No product has the id p1', { productId: 'p1' }), names)).toBe(
      'Stoneware Teapot is no longer available.',
    );
    expect(errorMessageOf(error('NotFound', 'No product has the id p1', { id: 'p1' }), names)).toBe(
      'Stoneware Teapot is no longer available.',
    );
    expect(errorMessageOf(error('NotFound', 'No product has the id x', { id: 'x' }))).toBe(
      'This product is no longer available.',
    );
    expect(errorMessageOf(error('NotFound', 'No order has the id o1', { id: 'o1' }))).toBe(
      'This order does not exist.',
    );
  });

  it("gives a promo code's refusal its reason in words (PromoCodeInvalid)", () => {
    const refusal = (reason: string) =>
      errorMessageOf(
        error('PromoCodeInvalid', 'The promo code X cannot be used', { code: 'SPRING', reason }),
      );
    expect(refusal('EXPIRED')).toBe('The promo code SPRING has expired.');
    expect(refusal('BELOW_MINIMUM')).toBe('The promo code SPRING needs a larger order.');
    expect(refusal('UNKNOWN')).toBe('There is no promo code SPRING.');
    expect(refusal('CUSTOMER_LIMIT_REACHED')).toBe(
      'You have already used the promo code SPRING as often as it allows.',
    );
  });

  it('names the field of a ValidationError by its label, never its path', () => {
    const invalid = (field: string, problem: string) =>
      errorMessageOf(error('ValidationError', `${field}: ${problem}`, { field }));
    expect(invalid('input.shippingAddress.postalCode', 'must be 1 to 20 characters')).toBe(
      'Postal code must be 1 to 20 characters.',
    );
    expect(invalid('input.imageUrl', 'must be an https URL')).toBe('Image URL must be an https URL.');
    expect(invalid('delta', 'would take the stock of 0 below 0')).toBe(
      'Units to add or take would take the stock of 0 below 0.',
    );
    expect(invalid('quantity', 'must be 0 to 99 (0 removes the line)')).toBe(
      'Choose a quantity from 1 to 99.',
    );
    expect(invalid('productId', 'the cart already has 50 lines; remove one first')).toBe(
      'Your cart already holds 50 different products, the most it can. Remove one first.',
    );
    expect(invalid('input.items', 'must have 1 to 50 lines')).toBe(
      'A cart holds 1 to 50 different products; this one would not.',
    );
    expect(invalid('input.idempotencyKey', 'must be 8 to 64 characters')).toBe(
      'This checkout could not be sent. Reload the page and try again.',
    );
    expect(invalid('input.somethingNew', 'is wrong')).toBe(
      'Something you entered is not accepted. Check the form and try again.',
    );
  });

  it('reads the other types by their errorInfo', () => {
    expect(
      errorMessageOf(
        error('InvalidStateTransition', 'An order SHIPPED cannot be cancelled', {
          from: 'SHIPPED',
          to: 'CANCELLED',
        }),
      ),
    ).toBe('This order can no longer be cancelled: it is shipped.');
    expect(errorMessageOf(error('InvalidStateTransition', 'no', { from: 'DELIVERED', to: 'SHIPPED' }))).toBe(
      'An order that is delivered cannot be marked shipped.',
    );
    expect(errorMessageOf(error('InvalidStateTransition', 'no', { from: 'toString', to: 'x' }))).toBe(
      'This order cannot move to that status now.',
    );
    expect(
      errorMessageOf(error('Conflict', 'key used', { field: 'input.idempotencyKey', orderId: 'o1' })),
    ).toBe('This checkout has already placed an order.');
    expect(errorMessageOf(error('Conflict', 'stale', { expectedVersion: 1, version: 2 }))).toBe(
      'Someone changed this product while you were editing it. Reload it to see their changes.',
    );
    expect(errorMessageOf(error('Unauthorized', 'Not Authorized to access orders on type Query'))).toBe(
      'You are not allowed to do that. Sign in with an account that may.',
    );
  });

  it('puts sign-in and sign-up failures in words', () => {
    expect(errorMessageOf(error('NotAuthorizedException', 'Incorrect username or password.'))).toBe(
      'The email or password is not right.',
    );
    expect(errorMessageOf(error('NotAuthorizedException', 'Password attempts exceeded'))).toBe(
      'Too many attempts. Wait a few minutes, then try again.',
    );
    expect(errorMessageOf(error('UsernameExistsException', 'User already exists'))).toBe(
      'An account with this email already exists. Sign in instead.',
    );
    expect(errorMessageOf(error('CodeMismatchException', 'Invalid verification code provided'))).toBe(
      'That code is not right. Check the latest email we sent and try again.',
    );
    expect(errorMessageOf(error('UnauthorizedException', 'Token has expired.'))).toBe(
      'Your session has ended. Sign in again.',
    );
  });

  it("reads an unknown code as the shop's fault, and keeps the app's own sentences", () => {
    expect(errorMessageOf(error('Lambda:Unhandled', 'TypeError: x is undefined at handler.js:3'))).toBe(
      'Something went wrong on our side. Please try again in a moment.',
    );
    expect(errorMessageOf(error('toString', 'odd'))).toBe(
      'Something went wrong on our side. Please try again in a moment.',
    );
    expect(
      errorMessageOf(error(null, 'The shop could not be reached. Check your connection and try again.')),
    ).toBe('The shop could not be reached. Check your connection and try again.');
  });

  it('never shows an error type, an exception name or a field path', () => {
    const samples = [
      error('ValidationError', 'input.shippingAddress.country: must be an ISO code', {
        field: 'input.shippingAddress.country',
      }),
      error('OutOfStock', 'Only 0 of X left', { productId: 'p1', available: 0 }),
      error('PromoCodeInvalid', 'no', { code: 'A', reason: 'USED_UP' }),
      error('Conflict', 'The cart changed', { field: 'items' }),
      error('InvalidPasswordException', 'Password did not conform with policy'),
      error('MappingTemplate', 'Unsupported operation'),
    ];
    for (const sample of samples) expect(errorMessageOf(sample, names)).not.toMatch(TECHNICAL);
  });
});
