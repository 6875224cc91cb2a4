/** What every benchmark subscriber asks for: all order status events (an admin's see every order). */
export const SUBSCRIPTION = `subscription {
  onOrderStatusChanged { __typename orderId userId status reason at }
}`;
