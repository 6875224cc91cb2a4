import { graphql } from '../gql/index.js';

/**
 * An order as its page shows it: lines and totals as charged and the address (`OrderContentFields`), the
 * total, the status and its history.
 */
export const ShopperOrderFields = graphql(`
  fragment ShopperOrderFields on Order {
    id
    status
    statusReason
    ...OrderContentFields
    total {
      cents
      currency
    }
    createdAt
    updatedAt
    history {
      status
      reason
      at
    }
  }
`);

/** One of the signed-in shopper's orders. */
export const ShopperOrder = graphql(`
  query ShopperOrder($id: ID!) {
    order(id: $id) {
      ...ShopperOrderFields
    }
  }
`);

/** The signed-in shopper's orders, newest first, a page at a time. */
export const ShopperOrders = graphql(`
  query ShopperOrders($limit: Int, $nextToken: String) {
    myOrders(limit: $limit, nextToken: $nextToken) {
      items {
        id
        status
        createdAt
        total {
          cents
          currency
        }
        items {
          productId
          name
          quantity
        }
      }
      nextToken
    }
  }
`);

/** Places an order; answers it `PENDING` (or the order this idempotency key already placed). */
export const ShopperPlaceOrder = graphql(`
  mutation ShopperPlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      ...ShopperOrderFields
    }
  }
`);

/** Cancels one of the shopper's orders; answers it `CANCELLED`. */
export const ShopperCancelOrder = graphql(`
  mutation ShopperCancelOrder($id: ID!) {
    cancelOrder(id: $id) {
      ...ShopperOrderFields
    }
  }
`);

/** The status changes of one of the shopper's orders, as they happen. */
export const ShopperOrderStatus = graphql(`
  subscription ShopperOrderStatus($orderId: ID) {
    onOrderStatusChanged(orderId: $orderId) {
      orderId
      status
      reason
      at
    }
  }
`);
