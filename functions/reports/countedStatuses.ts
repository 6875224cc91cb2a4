import type { OrderStatus } from '../../schema/generated/types.js';

/**
 * The statuses of the orders a sales report counts as sales (`orders`, `itemsSold`, `revenue`,
 * `discounts`, `topProducts`): every status but `REJECTED` and `CANCELLED`, which the report counts apart.
 * `schema.graphql` says so in `SalesReport.orders` ("neither rejected nor cancelled"), and a test holds
 * this list to the schema's enum and words. `PENDING` counts: the order was placed that day and nothing
 * has refused it; the report runs a quarter of an hour after midnight, by when the worker has settled
 * the day's last orders (the sweep re-sends a stranded one after five minutes).
 */
export const COUNTED_STATUSES: readonly OrderStatus[] = ['PENDING', 'CONFIRMED', 'SHIPPED', 'DELIVERED'];
