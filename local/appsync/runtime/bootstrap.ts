/**
 * The glue the sandbox evaluates inside each resolver's vm context, after the APPSYNC_JS library:
 * `globalThis.__appsync` loads the resolver's CommonJS-wrapped code with a `require` that knows only
 * `@aws-appsync/utils` and `@aws-appsync/utils/dynamodb`, and calls its handlers with JSON in and out.
 * Runs in the sandbox's realm: ECMAScript built-ins only.
 */
import type { AppendedError, Invocation, ThrownAppSyncError, ThrownEarlyReturn } from './Invocation.js';

export interface RuntimeModules {
  readonly '@aws-appsync/utils': Record<string, unknown>;
  readonly '@aws-appsync/utils/dynamodb': Record<string, unknown>;
}

type Handler = (ctx: Record<string, unknown>) => unknown;

/** Installs `globalThis.__appsync` for the modules built over `current()`. */
export function installBootstrap(
  modules: RuntimeModules,
  setCurrent: (invocation: Invocation) => void,
): void {
  let exported: Record<string, unknown> = {};
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
    call(handler: string, argsJson: string): string {
      const { ctx, invocation } = JSON.parse(argsJson) as {
        ctx: Record<string, unknown>;
        invocation: Pick<Invocation, 'authType' | 'typeName' | 'fieldName'>;
      };
      ctx.args = ctx.arguments;
      const current: Invocation = { ...invocation, errors: [], invalidations: [], cacheEvictions: [] };
      setCurrent(current);
      const effects = (): Record<string, unknown> => ({
        stash: ctx.stash,
        errors: current.errors,
        subscriptionFilter: current.subscriptionFilter,
        subscriptionInvalidationFilter: current.subscriptionInvalidationFilter,
        invalidations: current.invalidations,
        cacheEvictions: current.cacheEvictions,
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
        return JSON.stringify({ kind: 'codeError', message: describe(thrown), effects: effects() });
      }
    },
  };
  (globalThis as { __appsync?: unknown }).__appsync = appsync;
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
