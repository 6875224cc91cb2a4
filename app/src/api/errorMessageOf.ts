import { MAX_CART_LINES, MAX_LINE_QUANTITY } from '../../../domain/cartLimits.js';
import type { OrderStatus, PromoCodeInvalidReason } from '../gql/graphql.js';
import { orderStatusLabel } from '../orders/orderStatusLabel.js';
import type { ApiError } from './ApiError.js';
import { errorTypeOf } from './errorTypeOf.js';
import { promoReasonText } from './promoReasonText.js';

/** What the page knows that makes an error's sentence precise: the names of the products it shows. */
export interface ErrorContext {
  /** The name of the product with this id, when the page shows it. */
  readonly productName?: (productId: string) => string | undefined;
}

/** Labels of the input fields the API names (`errorInfo.field`, last segment), as forms show them. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  line1: 'Street and number',
  line2: 'Second address line',
  city: 'City',
  postalCode: 'Postal code',
  country: 'Country',
  quantity: 'Quantity',
  promoCode: 'Promo code',
  code: 'Promo code',
  sku: 'SKU',
  description: 'Description',
  category: 'Category',
  priceCents: 'Price',
  imageUrl: 'Image URL',
  stock: 'Stock',
  lowStockThreshold: 'Low-stock threshold',
  delta: 'Units to add or take',
  reason: 'Reason',
  value: 'Value',
  kind: 'Kind',
  minSubtotalCents: 'Minimum order',
  maxRedemptions: 'Total uses',
  perCustomerLimit: 'Uses per customer',
  startsAt: 'Start',
  expiresAt: 'End',
  active: 'Active',
};

const TOO_MANY_ATTEMPTS = 'Too many attempts. Wait a few minutes, then try again.';

/** Sign-in and sign-up failures (Cognito's exceptions, Amplify's own checks), in words. */
const AUTH_SENTENCES: Readonly<Record<string, string>> = {
  NotAuthorizedException: 'The email or password is not right.',
  UserNotFoundException: 'The email or password is not right.',
  UsernameExistsException: 'An account with this email already exists. Sign in instead.',
  AliasExistsException: 'An account with this email already exists. Sign in instead.',
  InvalidPasswordException:
    'The password must have at least 12 characters, with upper- and lower-case letters, a digit and a symbol.',
  CodeMismatchException: 'That code is not right. Check the latest email we sent and try again.',
  ExpiredCodeException: 'That code has expired. Ask for a new one.',
  LimitExceededException: TOO_MANY_ATTEMPTS,
  TooManyRequestsException: TOO_MANY_ATTEMPTS,
  TooManyFailedAttemptsException: TOO_MANY_ATTEMPTS,
  CodeDeliveryFailureException: 'We could not send the code. Check the email address and try again.',
  UserNotConfirmedException: 'This account is not confirmed yet: enter the code we emailed you.',
  InvalidParameterException: 'Check the email address and password, then try again.',
  UserAlreadyAuthenticatedException: 'You are already signed in.',
  EmptySignInUsername: 'Enter your email address.',
  EmptySignInPassword: 'Enter your password.',
  EmptySignUpUsername: 'Enter your email address.',
  EmptySignUpPassword: 'Enter a password.',
  EmptyConfirmSignUpCode: 'Enter the code we emailed you.',
  EmptyConfirmSignUpUsername: 'Enter your email address.',
  NetworkError: 'The shop could not be reached. Check your connection and try again.',
  // AppSync's answer to a missing or expired token, before any resolver runs.
  UnauthorizedException: 'Your session has ended. Sign in again.',
};

/** For a code this list does not know: a fault of the shop (AppSync's `Lambda:Unhandled`, ...). */
const FAULT = 'Something went wrong on our side. Please try again in a moment.';

/**
 * The sentence to show a person for a failure: each `errorType` of the API read with its `errorInfo`
 * ("Only 3 left of Stoneware Teapot"), each sign-in and sign-up exception, and a network failure. It
 * never contains an exception name, an error type or a field path such as `input.priceCents`: a
 * `ValidationError` names the field by its form label. A code it does not know is a fault of the shop
 * and reads as such, whatever its message says.
 *
 * @example
 * errorMessageOf({ code: 'OutOfStock', message: 'Only 3 of Teapot left', field: null,
 *   info: { productId: 'p1', available: 3 } }, { productName: () => 'Stoneware Teapot' })
 * // => 'Only 3 left of Stoneware Teapot.'
 */
export function errorMessageOf(error: ApiError, context: ErrorContext = {}): string {
  const info = error.info ?? {};
  const productName = (id: unknown): string | undefined =>
    typeof id === 'string' ? context.productName?.(id) : undefined;
  switch (errorTypeOf(error)) {
    case 'ValidationError':
      return validationSentence(error);
    case 'OutOfStock': {
      const name = productName(info.productId) ?? 'a product in your cart';
      const available = typeof info.available === 'number' ? info.available : 0;
      return available > 0 ? `Only ${available} left of ${name}.` : `${capitalised(name)} is out of stock.`;
    }
    case 'NotFound':
      return notFoundSentence(error, productName(info.productId) ?? productName(info.id));
    case 'PromoCodeInvalid': {
      const code = typeof info.code === 'string' ? info.code : 'you entered';
      return typeof info.reason === 'string'
        ? promoReasonText(info.reason as PromoCodeInvalidReason, code)
        : `The promo code ${code} cannot be used.`;
    }
    case 'InvalidStateTransition':
      return transitionSentence(info.from, info.to);
    case 'Conflict':
      return conflictSentence(error);
    case 'Unauthorized':
      return 'You are not allowed to do that. Sign in with an account that may.';
    case null:
      break;
  }
  if (error.code === null) return error.message;
  // "Password attempts exceeded" comes as a NotAuthorizedException too: not a wrong password.
  if (/attempts exceeded/i.test(error.message)) return TOO_MANY_ATTEMPTS;
  return Object.hasOwn(AUTH_SENTENCES, error.code) ? (AUTH_SENTENCES[error.code] as string) : FAULT;
}

function validationSentence(error: ApiError): string {
  const field = error.field ?? '';
  // The API writes `<field>: <what is wrong>`; the sentence keeps what is wrong, named by its label.
  const problem =
    field && error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : '';
  const last =
    field
      .split('.')
      .pop()
      ?.replace(/\[\d+\]$/, '') ?? '';
  if (last === 'productId' && /lines/.test(problem))
    return `Your cart already holds ${MAX_CART_LINES} different products, the most it can. Remove one first.`;
  if (last === 'items' || field.startsWith('input.items') || field.startsWith('items'))
    return last === 'quantity'
      ? `Each product can be ordered 1 to ${MAX_LINE_QUANTITY} times.`
      : `A cart holds 1 to ${MAX_CART_LINES} different products; this one would not.`;
  if (last === 'quantity') return `Choose a quantity from 1 to ${MAX_LINE_QUANTITY}.`;
  if (last === 'nextToken') return 'This list changed meanwhile. Reload the page to start again.';
  if (last === 'idempotencyKey') return 'This checkout could not be sent. Reload the page and try again.';
  const label = FIELD_LABELS[last];
  if (label && problem) return `${label} ${problem.replace(/[.;]?$/, '.')}`;
  return 'Something you entered is not accepted. Check the form and try again.';
}

function notFoundSentence(error: ApiError, name: string | undefined): string {
  if (name) return `${name} is no longer available.`;
  if (/^No product/.test(error.message)) return 'This product is no longer available.';
  if (/^No order/.test(error.message)) return 'This order does not exist.';
  if (/^No promo code/.test(error.message)) return 'This promo code does not exist.';
  if (/^No profile/.test(error.message)) return 'Your account is still being set up. Try again in a moment.';
  return 'We could not find what you asked for. It may have been removed.';
}

function transitionSentence(from: unknown, to: unknown): string {
  const status = (value: unknown): string | undefined =>
    typeof value === 'string' && Object.hasOwn(STATUS_CHECK, value)
      ? orderStatusLabel(value as OrderStatus).toLowerCase()
      : undefined;
  const now = status(from);
  if (to === 'CANCELLED')
    return now
      ? `This order can no longer be cancelled: it is ${now}.`
      : 'This order can no longer be cancelled.';
  const next = status(to);
  return now && next
    ? `An order that is ${now} cannot be marked ${next}.`
    : 'This order cannot move to that status now.';
}

// The statuses `transitionSentence` reads from `errorInfo`; anything else is not named.
const STATUS_CHECK: Readonly<Record<OrderStatus, true>> = {
  PENDING: true,
  CONFIRMED: true,
  REJECTED: true,
  CANCELLED: true,
  SHIPPED: true,
  DELIVERED: true,
};

function conflictSentence(error: ApiError): string {
  const info = error.info ?? {};
  if (typeof info.orderId === 'string') return 'This checkout has already placed an order.';
  if ('expectedVersion' in info || 'version' in info)
    return 'Someone changed this product while you were editing it. Reload it to see their changes.';
  if (error.field === 'input.sku') return 'Another product already has this SKU.';
  if (error.field === 'input.code') return 'This promo code already exists.';
  if (error.field === 'items') return 'Your cart changed while we were adding to it. Please try again.';
  return 'Something changed meanwhile. Reload the page and try again.';
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
