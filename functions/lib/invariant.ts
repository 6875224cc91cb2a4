/**
 * Asserts a condition the code itself guarantees: a failure is a programmer's mistake (a bug), never a
 * user's or a dependency's, so it throws a plain `Error` that fails the call, never an API error.
 * (graphql-js keeps the same distinction: `invariant` for bugs, `GraphQLError` for users.)
 *
 * @example invariant(row !== undefined, `Product ${id} vanished inside its update transaction`);
 */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant violated: ${message}`);
}
