import type { runtime } from '@aws-appsync/utils';
import type { ThrownEarlyReturn } from '../Invocation.js';

type Runtime = typeof runtime;

/**
 * The APPSYNC_JS `runtime` global (https://docs.aws.amazon.com/appsync/latest/devguide/runtime-utils-js.html).
 * `earlyReturn(value, { skipTo })` throws a `ThrownEarlyReturn` carrying `value` (null when left out).
 *
 * The docs give no default for `skipTo`: without options, a function's request handler goes on to
 * "the next function request handler (or the pipeline resolver response handler …)", which is what
 * NEXT does ("the function execution is skipped, and the next pipeline handler is called"), while the
 * pipeline resolver's request handler skips the pipeline, as END does. So a missing `skipTo` is
 * 'NEXT', and the host must treat an early return from the resolver's own request handler as END.
 */
export function createRuntime(): Runtime {
  return {
    earlyReturn(value?: unknown, returnOptions?: { skipTo: 'END' | 'NEXT' }): never {
      const thrown: ThrownEarlyReturn = {
        __earlyReturn: true,
        value: value === undefined ? null : value,
        skipTo: returnOptions?.skipTo === 'END' ? 'END' : 'NEXT',
      };
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the sandbox tells an early return apart from a bug by this plain object (Invocation.ts)
      throw thrown;
    },
  };
}
