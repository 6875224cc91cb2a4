/**
 * The state of one call of one resolver handler (request or response), as the APPSYNC_JS runtime
 * library sees it. The library runs INSIDE the sandbox's vm context: this object is created there (from
 * JSON the host passes in) and read back by the host after the call.
 */
export interface Invocation {
  /** What `util.authType()` answers for this request. */
  readonly authType:
    | 'API Key Authorization'
    | 'User Pool Authorization'
    | 'IAM Authorization'
    | 'Open ID Connect Authorization'
    | 'Lambda Authorization';
  readonly typeName: string;
  readonly fieldName: string;
  /** `util.appendError(...)` pushes here; the field keeps its value and the errors join the response. */
  readonly errors: AppendedError[];
  /** `extensions.setSubscriptionFilter(filter)` stores the filter JSON here (subscription resolvers). */
  subscriptionFilter?: unknown;
  /** `extensions.setSubscriptionInvalidationFilter(filter)`. */
  subscriptionInvalidationFilter?: unknown;
  /** `extensions.invalidateSubscriptions({ subscriptionField, payload })`, in call order. */
  readonly invalidations: unknown[];
  /** `extensions.evictFromApiCache(typeName, fieldName, keys)`: recorded, no effect (no cache locally). */
  readonly cacheEvictions: unknown[];
}

/**
 * One `console.log` or `console.error` of a resolver handler, as AppSync writes it to CloudWatch Logs and
 * returns it from EvaluateCode (`"INFO - code.js:13:5: \"This request is allowed\""`, AppSync developer
 * guide, "Testing and debugging resolvers in AWS AppSync (JavaScript)").
 */
export interface ResolverLog {
  readonly level: 'INFO' | 'ERROR';
  /** `code.js:LINE:COLUMN` of the call, or `code.js` when the stack does not say. */
  readonly location: string;
  /** The arguments, each as JSON (a string in quotes), joined by spaces. */
  readonly message: string;
}

export interface AppendedError {
  readonly message: string;
  readonly errorType: string | null;
  readonly data: unknown;
  readonly errorInfo: unknown;
}

/**
 * What `util.error(...)` and `util.unauthorized()` throw: a plain object of the sandbox's realm, told
 * apart from a JavaScript error (a bug in the resolver) by `__appsyncError`.
 */
export interface ThrownAppSyncError {
  readonly __appsyncError: true;
  readonly message: string;
  readonly errorType: string | null;
  readonly data: unknown;
  readonly errorInfo: unknown;
}

/** What `runtime.earlyReturn(value, { skipTo })` throws. */
export interface ThrownEarlyReturn {
  readonly __earlyReturn: true;
  readonly value: unknown;
  readonly skipTo: 'END' | 'NEXT';
}
