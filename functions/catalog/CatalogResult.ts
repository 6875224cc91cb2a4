import type { OperationFailure, OperationResult } from '../lib/OperationResult.js';
import type { CatalogErrorType } from './CatalogError.js';

/** An expected failure of a catalog operation, which the resolver raises with `util.error`. */
export type CatalogFailure = OperationFailure<CatalogErrorType>;

/**
 * What the catalog function returns for every call: the operation's value as `data`, or an expected
 * failure as `error` (never both). Faults are not results: they fail the invocation (`Lambda:Unhandled`).
 */
export type CatalogResult<T = unknown> = OperationResult<T, CatalogErrorType>;
