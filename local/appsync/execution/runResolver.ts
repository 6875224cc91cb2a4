import type { AppendedError, ResolverLog } from '../runtime/Invocation.js';
import type { HandlerEffects, HandlerOutcome } from '../sandbox/HandlerOutcome.js';
import type { HandlerContext, InvocationInit, ResolverSandbox } from '../sandbox/ResolverSandbox.js';

/** A resolver's code loaded into sandboxes, with what each step calls. */
export type LoadedResolver =
  | { readonly kind: 'unit'; readonly code: ResolverSandbox; readonly dataSource: string }
  | {
      readonly kind: 'pipeline';
      readonly code: ResolverSandbox;
      readonly functions: readonly {
        readonly name: string;
        readonly code: ResolverSandbox;
        readonly dataSource: string;
      }[];
    };

/** Performs a data source request; rejects with `{ message, type }` (AppSync's `ctx.error`) on failure. */
export type InvokeDataSource = (dataSource: string, request: unknown) => Promise<unknown>;

/** The outcome of a field: its value, or the error it fails with; plus errors appended on the way. */
export interface FieldOutcome {
  readonly value: unknown;
  readonly error?: AppendedError;
  readonly appended: readonly AppendedError[];
  /** The last `extensions.setSubscriptionFilter` etc. of the run (subscription resolvers). */
  readonly extensions: Pick<
    HandlerEffects,
    'subscriptionFilter' | 'subscriptionInvalidationFilter' | 'invalidations' | 'cacheEvictions'
  >;
  /** How many handlers ran (request and response each count), for the resolver count limit. */
  readonly steps: number;
  /** The handlers' `console.log` and `console.error` calls, in the order they ran. */
  readonly logs: readonly ResolverLog[];
}

/** The part of ctx fixed for the whole field: arguments, identity, source, request, info. */
export type BaseContext = Omit<HandlerContext, 'stash' | 'prev' | 'result' | 'error'>;

/**
 * Runs one field's resolver the way AppSync does.
 *
 * Unit: `request` → data source → `response` (with `ctx.result`, or `ctx.error` when the data source
 * failed). Pipeline: the resolver's `request` (before), then each function's `request` → data source →
 * `response`, each seeing the previous step's result as `ctx.prev.result`, then the resolver's
 * `response` (after). The stash is shared by all steps. `runtime.earlyReturn` follows the runtime-utils
 * reference: in a function's request it skips that function's data source and response (or, with
 * `skipTo: 'END'`, the rest of the pipeline); in the resolver's request it skips to the resolver's response;
 * in a unit resolver's request its value is the field's. `util.error` ends the field with that error.
 */
export async function runResolver(
  resolver: LoadedResolver,
  base: BaseContext,
  invocation: InvocationInit,
  invoke: InvokeDataSource,
): Promise<FieldOutcome> {
  const run = new Run(base, invocation);
  if (resolver.kind === 'unit') {
    const request = run.call(resolver.code, 'request', {});
    if (request.kind !== 'value') return run.finish(request);
    const response = run.call(
      resolver.code,
      'response',
      await run.dataSource(invoke, resolver.dataSource, request.value),
    );
    return run.finish(response);
  }

  const before = run.call(resolver.code, 'request', {});
  if (before.kind === 'error' || before.kind === 'codeError') return run.finish(before);
  let previous = before.value;
  if (before.kind === 'value') {
    for (const fn of resolver.functions) {
      const request = run.call(fn.code, 'request', { prev: { result: previous } });
      if (request.kind === 'error' || request.kind === 'codeError') return run.finish(request);
      if (request.kind === 'earlyReturn') {
        previous = request.value;
        if (request.skipTo === 'END') break;
        continue;
      }
      const fetched = await run.dataSource(invoke, fn.dataSource, request.value);
      const response = run.call(fn.code, 'response', { prev: { result: previous }, ...fetched });
      if (response.kind === 'error' || response.kind === 'codeError') return run.finish(response);
      previous = response.value;
    }
  }
  return run.finish(run.call(resolver.code, 'response', { prev: { result: previous } }));
}

/** The state of one field's run: the stash, appended errors, extensions, and the step count. */
class Run {
  #stash: Record<string, unknown> = {};
  readonly #appended: AppendedError[] = [];
  readonly #logs: ResolverLog[] = [];
  #extensions: FieldOutcome['extensions'] = { invalidations: [], cacheEvictions: [] };
  #steps = 0;

  constructor(
    private readonly base: BaseContext,
    private readonly invocation: InvocationInit,
  ) {}

  call(
    code: ResolverSandbox,
    handler: 'request' | 'response',
    extra: Pick<HandlerContext, 'prev' | 'result' | 'error'>,
  ): HandlerOutcome {
    this.#steps += 1;
    const outcome = code.handlers.has(handler)
      ? code.call(handler, { ...this.base, stash: this.#stash, ...extra }, this.invocation)
      : // AppSync passes the value through a missing handler (a function without `response` returns ctx.result).
        passThrough(handler, extra, this.#stash);
    const { effects } = outcome;
    this.#stash = effects.stash ?? this.#stash;
    this.#appended.push(...effects.errors);
    this.#logs.push(...effects.logs);
    this.#extensions = {
      subscriptionFilter: effects.subscriptionFilter ?? this.#extensions.subscriptionFilter,
      subscriptionInvalidationFilter:
        effects.subscriptionInvalidationFilter ?? this.#extensions.subscriptionInvalidationFilter,
      invalidations: [...this.#extensions.invalidations, ...effects.invalidations],
      cacheEvictions: [...this.#extensions.cacheEvictions, ...effects.cacheEvictions],
    };
    return outcome;
  }

  /** The data source's answer as the response handler sees it: `ctx.result`, or `ctx.error`. */
  async dataSource(
    invoke: InvokeDataSource,
    name: string,
    request: unknown,
  ): Promise<Pick<HandlerContext, 'result' | 'error'>> {
    try {
      return { result: await invoke(name, request) };
    } catch (error) {
      // A data source error carries its AppSync type (`DynamoDB:…`, `Lambda:…`) and, where AppSync gives
      // one, a result (the current item of a failed condition).
      const { message, type, result } = error as { message?: string; type?: string; result?: unknown };
      return {
        result: result ?? null,
        error: { message: message ?? String(error), type: type ?? 'DataSourceError' },
      };
    }
  }

  finish(outcome: HandlerOutcome): FieldOutcome {
    const common = {
      appended: this.#appended,
      extensions: this.#extensions,
      steps: this.#steps,
      logs: this.#logs,
    };
    switch (outcome.kind) {
      case 'value':
      case 'earlyReturn':
        return { value: outcome.value, ...common };
      case 'error':
        return { value: null, error: outcome.error, ...common };
      case 'codeError':
        return {
          value: null,
          error: { message: outcome.message, errorType: 'Code', data: null, errorInfo: null },
          ...common,
        };
    }
  }
}

function passThrough(
  handler: 'request' | 'response',
  extra: Pick<HandlerContext, 'prev' | 'result' | 'error'>,
  stash: Record<string, unknown>,
): HandlerOutcome {
  const value = handler === 'response' ? (extra.result ?? extra.prev?.result ?? null) : {};
  return {
    kind: 'value',
    value,
    effects: { stash, errors: [], invalidations: [], cacheEvictions: [], logs: [] },
  };
}
