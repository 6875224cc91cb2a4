import type { OperationFailure, OperationResult } from '../lib/OperationResult.js';
import type { OrderErrorType } from './OrderError.js';

/** An expected failure, as the resolver raises it: `util.error(message, type, null, info)`. */
export type OrdersFailure = OperationFailure<OrderErrorType>;

/**
 * What the orders function returns for every call: the field's value as `data`, or an expected failure
 * as `error` (never both). Faults are not results: they fail the invocation (`Lambda:Unhandled`).
 */
export type OrdersResult<T = unknown> = OperationResult<T, OrderErrorType>;
