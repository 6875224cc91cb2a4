import vm from 'node:vm';
import type { Invocation } from '../runtime/Invocation.js';
import { compileResolver } from './compileResolver.js';
import type { CompiledResolver } from './compileResolver.js';
import type { HandlerOutcome } from './HandlerOutcome.js';

/** The part of `ctx` a handler receives, as JSON: `args` is added inside the sandbox as an alias. */
export interface HandlerContext {
  readonly arguments: Record<string, unknown>;
  readonly identity: unknown;
  readonly source: unknown;
  readonly stash: Record<string, unknown>;
  readonly prev?: { readonly result: unknown };
  readonly result?: unknown;
  readonly error?: { readonly message: string; readonly type: string };
  readonly request: { readonly headers: Record<string, string>; readonly domainName: string | null };
  readonly info: {
    readonly fieldName: string;
    readonly parentTypeName: string;
    readonly variables: Record<string, unknown>;
    readonly selectionSetList: readonly string[];
    readonly selectionSetGraphQL: string;
  };
  readonly env: Record<string, string>;
}

/** What the host tells the runtime library about a call; the rest of `Invocation` starts empty. */
export type InvocationInit = Pick<Invocation, 'authType' | 'typeName' | 'fieldName'>;

export interface SandboxOptions {
  /** The APPSYNC_JS runtime library, an IIFE that defines `globalThis.__appsync` (see `runtimeScript`). */
  readonly runtimeScript: string;
  /**
   * A handler running longer is stopped at its next deadline check (`addDeadlineChecks`) and reported
   * as a `Code` error; loading the code (its top level) has the same limit.
   */
  readonly timeoutMs: number;
}

/**
 * One resolver's (or pipeline function's) code in its own `node:vm` context. The context holds no host
 * object: no `require`, `process`, `Buffer`, timers or network, and `eval`/`new Function` are disabled
 * (`codeGeneration`). The APPSYNC_JS library is evaluated inside it (with the globals `util`,
 * `extensions`, `runtime` and `console`), and values cross in both directions as JSON only, so resolver
 * code can reach nothing of the host's realm. Code AppSync would refuse to save is refused here, with
 * AppSync's error (`compileResolver`); positions in errors and console lines are the bundle's.
 */
export class ResolverSandbox {
  readonly #context: vm.Context;
  readonly #call: vm.Script;
  readonly #timeoutMs: number;
  readonly #sourcePosition: CompiledResolver['sourcePosition'];
  readonly handlers: ReadonlySet<'request' | 'response'>;

  constructor(code: string, name: string, options: SandboxOptions) {
    this.#timeoutMs = options.timeoutMs;
    this.#context = vm.createContext(Object.create(null) as object, {
      name,
      codeGeneration: { strings: false, wasm: false },
      microtaskMode: 'afterEvaluate',
    });
    new vm.Script(options.runtimeScript, { filename: 'appsync-runtime.js' }).runInContext(this.#context);
    const compiled = compileResolver(code, name);
    this.#sourcePosition = compiled.sourcePosition;
    const wrapper: unknown = new vm.Script(compiled.script, { filename: 'code.js' }).runInContext(
      this.#context,
      { timeout: options.timeoutMs },
    );
    const context = this.#context as { __wrapper?: unknown; __handlers?: string };
    context.__wrapper = wrapper;
    new vm.Script('__appsync.load(__wrapper); delete globalThis.__wrapper;').runInContext(this.#context, {
      timeout: options.timeoutMs,
    });
    const handlers = JSON.parse(
      new vm.Script('JSON.stringify(__appsync.handlers())').runInContext(this.#context) as string,
    ) as string[];
    this.handlers = new Set(
      handlers.filter((h): h is 'request' | 'response' => h === 'request' || h === 'response'),
    );
    this.#call = new vm.Script(`__appsync.call(__handler, __args, ${this.#timeoutMs})`, {
      filename: 'appsync-call.js',
    });
  }

  /** Runs `request` or `response` with `ctx`; never throws for anything the resolver code does. */
  call(handler: 'request' | 'response', ctx: HandlerContext, invocation: InvocationInit): HandlerOutcome {
    const context = this.#context as { __handler?: string; __args?: string };
    context.__handler = handler;
    context.__args = JSON.stringify({ ctx, invocation });
    // No vm timeout here: its watchdog thread costs more than most handlers. The code's own deadline
    // checks (`addDeadlineChecks`) stop it at the limit.
    const outcome = JSON.parse(this.#call.runInContext(this.#context) as string) as
      HandlerOutcome | { readonly kind: 'timedOut' };
    if (outcome.kind === 'timedOut') {
      return {
        kind: 'codeError',
        message: `code.js: Execution of the ${handler} handler exceeded ${this.#timeoutMs} ms and was stopped`,
        effects: { stash: ctx.stash, errors: [], invalidations: [], cacheEvictions: [], logs: [] },
      };
    }
    return this.#inBundle(outcome);
  }

  /** The outcome with every `code.js:LINE:COL` (a code error, a console call) pointing into the bundle. */
  #inBundle(outcome: HandlerOutcome): HandlerOutcome {
    const place = (text: string): string =>
      text.replace(/code\.js:(\d+):(\d+)/g, (found, line: string, column: string) => {
        const position = this.#sourcePosition(Number(line), Number(column));
        return position ? `code.js:${position.line}:${position.column}` : found;
      });
    const effects = {
      ...outcome.effects,
      logs: outcome.effects.logs.map((log) => ({ ...log, location: place(log.location) })),
    };
    return outcome.kind === 'codeError'
      ? { ...outcome, message: place(outcome.message), effects }
      : { ...outcome, effects };
  }
}
