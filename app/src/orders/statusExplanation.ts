import type { OrderStatus } from '../gql/graphql.js';

/**
 * What an order's status means for the shopper, with the reason the shop gave (a rejection's, in its own
 * words) where there is one.
 *
 * @example
 * statusExplanation('REJECTED', 'Only 0 of Teapot left') // => 'We could not accept this order: Only 0 of Teapot left.'
 */
export function statusExplanation(status: OrderStatus, reason: string | null | undefined): string {
  const why = reason?.trim() ? `: ${reason.trim().replace(/\.?$/, '.')}` : '.';
  switch (status) {
    case 'PENDING':
      return 'We have your order and are checking stock. This takes a moment; the page updates by itself.';
    case 'CONFIRMED':
      return 'Your order is confirmed and will ship soon. We have emailed you a confirmation.';
    case 'REJECTED':
      return `We could not accept this order${why}`;
    case 'CANCELLED':
      return `This order is cancelled${why}`;
    case 'SHIPPED':
      return 'Your order is on its way.';
    case 'DELIVERED':
      return 'Your order has been delivered.';
  }
}
