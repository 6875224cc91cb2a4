import { AwsScalarError } from './AwsScalarError.js';

/**
 * The `AwsScalarError` behind an error graphql-js reported, if any. graphql-js wraps a scalar's error once
 * for a literal or a result, and twice for a variable (the variable's error wraps the "Expected type" one).
 */
export function findAwsScalarError(error: unknown): AwsScalarError | undefined {
  for (let current = error; current instanceof Error;) {
    if (current instanceof AwsScalarError) return current;
    current = (current as { readonly originalError?: unknown }).originalError;
  }
  return undefined;
}
