import { expect } from 'vitest';
import type { SandboxedResolver } from './resolverSandbox.js';

/** An IAM identity as AppSync gives it to a resolver (`ctx.identity`): a backend role, never a shopper. */
export const IAM_CALLER = {
  accountId: '123456789012',
  userArn: 'arn:aws:iam::123456789012:role/backend',
  username: 'x',
} as const;

/** The answers of a Lambda function that a resolver over it is held to. */
export interface FunctionAnswers {
  /** The caller the response handler runs for. */
  readonly identity: unknown;
  /** The function's `{ data }`, answered as the field's value. */
  readonly data: unknown;
  /** The function's `{ error }` (type, message, info), raised as the AppSync error of that type. */
  readonly failure: {
    readonly type: string;
    readonly message: string;
    readonly info: Record<string, unknown>;
  };
  /** The message of a failed invocation (`ctx.error`, `Lambda:Unhandled`), raised as AppSync raises it. */
  readonly unhandled: string;
}

/**
 * Asserts how `resolver`'s response handler reads its Lambda function's answers: the data as the value,
 * the function's chosen error as an AppSync error with its type, message and info, and a failed
 * invocation as AppSync's `Lambda:Unhandled` error with the invocation's message.
 */
export function expectFunctionAnswers(resolver: SandboxedResolver, answers: FunctionAnswers): void {
  const { identity, data, failure, unhandled } = answers;
  expect(resolver.response({ identity, result: { data } })).toMatchObject({ kind: 'value', value: data });
  expect(resolver.response({ identity, result: { error: failure } })).toMatchObject({
    kind: 'error',
    error: { message: failure.message, errorType: failure.type, errorInfo: failure.info },
  });
  expect(
    resolver.response({ identity, result: null, error: { type: 'Lambda:Unhandled', message: unhandled } }),
  ).toMatchObject({ kind: 'error', error: { message: unhandled, errorType: 'Lambda:Unhandled' } });
}
