import { cancelOrder } from './operations/cancelOrder.js';
import { getOrder } from './operations/getOrder.js';
import { listOrders, orderListFilter } from './operations/listOrders.js';
import { placeOrder } from './operations/placeOrder.js';
import { updateOrderStatus } from './operations/updateOrderStatus.js';
import { OrderError } from './OrderError.js';
import type { OrdersCaller, OrdersEvent } from './OrdersEvent.js';
import type { OrdersDeps } from './OrdersDeps.js';
import type { OrdersResult } from './OrdersResult.js';

/**
 * Runs the orders operation the event names and answers its `OrdersResult`: `{ data }`, or
 * `{ error: { type, message, info } }` for an expected failure (an `OrderError`). Anything else thrown is
 * a fault and fails the invocation. Admin operations check `caller.admin` again, although the schema's
 * `cognito_groups` directive already keeps others out.
 */
export async function dispatch(event: OrdersEvent, deps: OrdersDeps): Promise<OrdersResult> {
  try {
    return { data: await run(event, deps) };
  } catch (error) {
    if (error instanceof OrderError) return { error: error.toFailure() };
    throw error;
  }
}

function run(event: OrdersEvent, deps: OrdersDeps): Promise<unknown> {
  switch (event.operation) {
    case 'placeOrder':
      return placeOrder(event.arguments, event.caller.sub, deps);
    case 'order':
      return getOrder(event.arguments, event.caller, deps);
    case 'myOrders':
      return listOrders(
        {
          filter: { userId: event.caller.sub, status: null, from: null, to: null },
          limit: event.arguments.limit,
          nextToken: event.arguments.nextToken,
        },
        deps,
      );
    case 'orders':
      admin(event.caller, 'orders');
      return listOrders(
        {
          filter: orderListFilter(event.arguments.filter),
          limit: event.arguments.limit,
          nextToken: event.arguments.nextToken,
        },
        deps,
      );
    case 'cancelOrder':
      return cancelOrder(event.arguments, event.caller, deps);
    case 'updateOrderStatus':
      return updateOrderStatus(event.arguments, event.caller, deps);
    default:
      throw new Error(
        `The orders function does not serve ${JSON.stringify((event as { operation?: unknown }).operation)}`,
      );
  }
}

function admin(caller: OrdersCaller, field: string): void {
  if (!caller.admin) throw new OrderError('Unauthorized', `Not Authorized to access ${field} on type Query`);
}
