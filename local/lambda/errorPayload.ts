import { types } from 'node:util';
import type { ErrorPayload } from './runtimeMessages.js';

/**
 * What the Node.js runtime reports for a thrown value: an Error becomes `{errorType: name, errorMessage:
 * message, trace: stack lines}`; anything else `{errorType: typeof value, errorMessage: String(value),
 * trace: []}`, as the runtime interface client does.
 */
export function errorPayload(thrown: unknown): ErrorPayload {
  if (types.isNativeError(thrown) || thrown instanceof Error) {
    return {
      errorType: thrown.name,
      errorMessage: thrown.message,
      trace: (thrown.stack ?? '').split('\n'),
    };
  }
  return { errorType: typeof thrown, errorMessage: String(thrown), trace: [] };
}
