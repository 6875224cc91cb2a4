import { dispatch } from './dispatch.js';
import { awsOrdersDeps } from './awsOrdersDeps.js';
import type { OrdersEvent } from './OrdersEvent.js';
import type { OrdersResult } from './OrdersResult.js';
import { ordersSettings } from './ordersSettings.js';

/**
 * The orders function, the Lambda data source of the orders resolvers: runs the operation the payload
 * names (`OrdersEvent`) and answers an `OrdersResult` (`{ data }`, or `{ error }` for an expected failure).
 */
export async function handler(event: OrdersEvent): Promise<OrdersResult> {
  return dispatch(event, awsOrdersDeps(ordersSettings(process.env)));
}
