/**
 * The short form of an order id for subjects and greetings: `#` and its last 8 characters. Order ids
 * are ULIDs, whose first characters are the time (alike for orders placed close together) and whose
 * last are random, so the tail tells orders apart.
 *
 * @example
 * shortOrderId('01KDVZ8Q3M7T2B5X9C4N6P8R0W') // => '#4N6P8R0W'
 */
export function shortOrderId(orderId: string): string {
  return `#${orderId.slice(-8).toUpperCase()}`;
}
