import type { CatalogErrorType } from './CatalogError.js';

/** An expected failure, as the resolver raises it: `util.error(message, type, null, info)`. */
export interface CatalogFailure {
  readonly type: CatalogErrorType;
  readonly message: string;
  readonly info: Readonly<Record<string, unknown>> | null;
}

/**
 * What the catalog function returns for every call: the field's value as `data`, or an expected failure
 * as `error` (never both). Faults are not results: they fail the invocation (`Lambda:Unhandled`).
 */
export type CatalogResult<T = unknown> =
  | { readonly data: T; readonly error?: undefined }
  | { readonly data?: undefined; readonly error: CatalogFailure };
