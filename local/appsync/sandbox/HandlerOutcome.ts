import type { AppendedError, ResolverLog } from '../runtime/Invocation.js';

/** What the sandbox learnt from one handler call, all plain JSON. */
export type HandlerOutcome =
  | { readonly kind: 'value'; readonly value: unknown; readonly effects: HandlerEffects }
  /** `util.error(...)` or `util.unauthorized()`: the field fails with this error. */
  | { readonly kind: 'error'; readonly error: AppendedError; readonly effects: HandlerEffects }
  /** `runtime.earlyReturn(value, { skipTo })`. */
  | {
      readonly kind: 'earlyReturn';
      readonly value: unknown;
      readonly skipTo: 'END' | 'NEXT';
      readonly effects: HandlerEffects;
    }
  /** The code threw (a bug in the resolver), or ran past the time limit: AppSync's errorType `Code`. */
  | { readonly kind: 'codeError'; readonly message: string; readonly effects: HandlerEffects };

/** What a handler did besides its result: the stash as it left it, appended errors, extensions calls, logs. */
export interface HandlerEffects {
  readonly stash: Record<string, unknown>;
  readonly errors: readonly AppendedError[];
  readonly subscriptionFilter?: unknown;
  readonly subscriptionInvalidationFilter?: unknown;
  readonly invalidations: readonly unknown[];
  readonly cacheEvictions: readonly unknown[];
  /** `console.log` and `console.error` calls, in order. */
  readonly logs: readonly ResolverLog[];
}
