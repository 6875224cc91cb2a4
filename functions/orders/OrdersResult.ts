import type { OrderErrorType } from './OrderError.js';

/** An expected failure, as the resolver raises it: `util.error(message, type, null, info)`. */
export interface OrdersFailure {
  readonly type: OrderErrorType;
  readonly message: string;
  readonly info: Readonly<Record<string, unknown>> | null;
}

/**
 * What the orders function returns for every call: the field's value as `data`, or an expected failure
 * as `error` (never both). Faults are not results: they fail the invocation (`Lambda:Unhandled`).
 */
export type OrdersResult<T = unknown> =
  | { readonly data: T; readonly error?: undefined }
  | { readonly data?: undefined; readonly error: OrdersFailure };
