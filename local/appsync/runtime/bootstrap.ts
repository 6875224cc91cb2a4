/**
 * The glue the sandbox evaluates inside each resolver's vm context, after the APPSYNC_JS library:
 * `globalThis.__appsync` loads the resolver's CommonJS-wrapped code with a `require` that knows only
 * `@aws-appsync/utils` and `@aws-appsync/utils/dynamodb`, and calls its handlers with JSON in and out.
 * Runs in the sandbox's realm: ECMAScript built-ins only.
 */
import { DEADLINE_CHECK } from './deadlineCheck.js';
import type {
  AppendedError,
  Invocation,
  ResolverLog,
  ThrownAppSyncError,
  ThrownEarlyReturn,
} from './Invocation.js';

const TIMED_OUT = JSON.stringify({ kind: 'timedOut' });

export interface RuntimeModules {
  readonly '@aws-appsync/utils': Record<string, unknown>;
  readonly '@aws-appsync/utils/dynamodb': Record<string, unknown>;
}

type Handler = (ctx: Record<string, unknown>) => unknown;

/**
 * Installs `globalThis.__appsync` for the modules built over `current()`, and the globals APPSYNC_JS
 * gives resolver code besides ECMAScript's ("Supported runtime features", Globals: `NaN`, `Infinity`,
 * `undefined`, `util`, `extensions`, `runtime`; Console: `console.log()` and `console.error()`). `util`,
 * `extensions` and `runtime` are the objects `@aws-appsync/utils` exports, so code may use them with or
 * without importing them, as AWS's own samples do (aws-samples/aws-appsync-resolver-samples,
 * `samples/dynamodb/general/putItem.js` calls `util.autoId()` with no import).
 */
export function installBootstrap(
  modules: RuntimeModules,
  setCurrent: (invocation: Invocation) => void,
): void {
  let exported: Record<string, unknown> = {};
  let logs: ResolverLog[] = [];
  const { util, extensions, runtime } = modules['@aws-appsync/utils'];
  const console = {
    log: (...values: unknown[]): void => {
      logs.push(logEntry('INFO', values));
    },
    error: (...values: unknown[]): void => {
      logs.push(logEntry('ERROR', values));
    },
  };
  for (const [name, value] of Object.entries({ util, extensions, runtime, console })) {
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
  }
  // The time limit of the handler running now: `addDeadlineChecks` puts a check at the start of every
  // function and loop body of resolver code. Once the time is up every check throws, so a library
  // function that catches what a callback throws cannot keep the handler going.
  const now = Date.now;
  let deadline = Infinity;
  let expired = false;
  const timeUp = new Error('The handler ran out of time');
  Object.defineProperty(globalThis, DEADLINE_CHECK, {
    value: (): void => {
      if (expired || now() > deadline) {
        expired = true;
        throw timeUp;
      }
    },
    writable: false,
    configurable: false,
    enumerable: false,
  });
  const require = (name: string): unknown => {
    if (Object.hasOwn(modules, name)) return modules[name as keyof RuntimeModules];
    throw new Error(
      `Cannot find module '${name}': APPSYNC_JS provides only @aws-appsync/utils and its dynamodb module`,
    );
  };
  const appsync = {
    load(wrapper: (req: typeof require, module: { exports: object }, exports: object) => void): void {
      const module = { exports: {} };
      wrapper(require, module, module.exports);
      exported = module.exports;
    },
    handlers(): string[] {
      return Object.keys(exported).filter((name) => typeof exported[name] === 'function');
    },
    /**
     * Runs a handler with the time limit `timeLimitMs`; a handler stopped there answers
     * `{"kind":"timedOut"}`, for the host to report.
     */
    call(handler: string, argsJson: string, timeLimitMs: number): string {
      deadline = now() + timeLimitMs;
      expired = false;
      try {
        const outcome = run(handler, argsJson);
        return expired ? TIMED_OUT : outcome;
      } catch (thrown) {
        if (thrown === timeUp) return TIMED_OUT;
        throw thrown;
      } finally {
        deadline = Infinity;
      }
    },
  };
  const run = (handler: string, argsJson: string): string => {
    const { ctx, invocation } = JSON.parse(argsJson) as {
      ctx: Record<string, unknown>;
      invocation: Pick<Invocation, 'authType' | 'typeName' | 'fieldName'>;
    };
    ctx.args = ctx.arguments;
    // "JSON.stringify will not include selectionSetGraphQL and selectionSetList in the string
    // serialization. You must reference these properties directly." (resolver context reference, info)
    const info = ctx.info as Record<string, unknown> | undefined;
    for (const name of ['selectionSetList', 'selectionSetGraphQL']) {
      if (info && Object.hasOwn(info, name)) Object.defineProperty(info, name, { enumerable: false });
    }
    const current: Invocation = { ...invocation, errors: [], invalidations: [], cacheEvictions: [] };
    setCurrent(current);
    logs = [];
    const effects = (): Record<string, unknown> => ({
      stash: ctx.stash,
      errors: current.errors,
      subscriptionFilter: current.subscriptionFilter,
      subscriptionInvalidationFilter: current.subscriptionInvalidationFilter,
      invalidations: current.invalidations,
      cacheEvictions: current.cacheEvictions,
      logs,
    });
    const fn = exported[handler];
    try {
      if (typeof fn !== 'function') throw new TypeError(`The code exports no ${handler} function`);
      const value = (fn as Handler)(ctx);
      return JSON.stringify({
        kind: 'value',
        value: value === undefined ? null : value,
        effects: effects(),
      });
    } catch (thrown) {
      if (isAppSyncError(thrown)) {
        const error: AppendedError = {
          message: thrown.message,
          errorType: thrown.errorType,
          data: thrown.data,
          errorInfo: thrown.errorInfo,
        };
        return JSON.stringify({ kind: 'error', error, effects: effects() });
      }
      if (isEarlyReturn(thrown)) {
        const value = thrown.value === undefined ? null : thrown.value;
        return JSON.stringify({ kind: 'earlyReturn', value, skipTo: thrown.skipTo, effects: effects() });
      }
      if (thrown === timeUp) throw thrown;
      return JSON.stringify({ kind: 'codeError', message: describe(thrown), effects: effects() });
    }
  };
  (globalThis as { __appsync?: unknown }).__appsync = appsync;
}

/** A console call as AppSync logs it: the level, where in code.js, and each argument as JSON. */
function logEntry(level: ResolverLog['level'], values: readonly unknown[]): ResolverLog {
  // The first frame in code.js is the resolver's call; the frames above it are this library's.
  const where = /code\.js:(\d+):(\d+)/.exec(new Error().stack ?? '');
  const message = values.map(asJson).join(' ');
  return { level, location: where ? `code.js:${where[1]}:${where[2]}` : 'code.js', message };
}

function asJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // A cycle, or a BigInt: logging must not fail the handler.
    return String(value);
  }
}

function isAppSyncError(value: unknown): value is ThrownAppSyncError {
  return typeof value === 'object' && value !== null && (value as ThrownAppSyncError).__appsyncError === true;
}

function isEarlyReturn(value: unknown): value is ThrownEarlyReturn {
  return typeof value === 'object' && value !== null && (value as ThrownEarlyReturn).__earlyReturn === true;
}

/** `code.js:LINE:COL: Name: message`, as AppSync words a runtime error in resolver code. */
function describe(thrown: unknown): string {
  if (!(thrown instanceof Error)) return `code.js: Uncaught ${String(thrown)}`;
  const where = /code\.js:(\d+):(\d+)/.exec(thrown.stack ?? '');
  return `code.js${where ? `:${where[1]}:${where[2]}` : ''}: ${thrown.name}: ${thrown.message}`;
}
