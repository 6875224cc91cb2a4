import type { OperationEvent } from '../lib/OperationEvent.js';
import type {
  MutationCancelOrderArgs,
  MutationPlaceOrderArgs,
  MutationUpdateOrderStatusArgs,
  QueryMyOrdersArgs,
  QueryOrderArgs,
  QueryOrdersArgs,
} from '../../schema/generated/types.js';

/**
 * Who calls: a signed-in Cognito user, with whether they are in the admins group. Set by the resolvers
 * from `ctx.identity`, never from arguments.
 */
export interface OrdersCaller {
  readonly sub: string;
  readonly admin: boolean;
}

/** The arguments of each operation the orders function serves, as the schema types them. */
export interface OrdersArguments {
  readonly placeOrder: MutationPlaceOrderArgs;
  readonly order: QueryOrderArgs;
  readonly myOrders: QueryMyOrdersArgs;
  readonly orders: QueryOrdersArgs;
  readonly cancelOrder: MutationCancelOrderArgs;
  readonly updateOrderStatus: MutationUpdateOrderStatusArgs;
}

/** An operation the orders function serves; a misspelt one does not compile in the resolvers either. */
export type OrdersOperation = keyof OrdersArguments;

/**
 * The payload the orders resolvers send (type-only imported by them): the operation, its arguments as
 * AppSync coerced them, and the caller (every orders operation needs a signed-in user).
 */
export type OrdersEvent = OperationEvent<OrdersArguments, OrdersCaller>;
