/** Which coercion failed: reading a request value (literal or variable) or writing a resolver's result. */
export type ScalarPhase = 'parse' | 'serialize';

/**
 * Thrown by the AWS scalars when a value is not of their format. graphql-js keeps it as `originalError`
 * of the `GraphQLError` it reports, so the runtime can tell a scalar failure apart and word it as AppSync
 * does (for example "Variable 'phone' has an invalid value. Unable to parse `1110004444` as a valid phone
 * number."). The message is AppSync's sentence, without the prefix AppSync adds for the variable,
 * argument or result path.
 */
export class AwsScalarError extends TypeError {
  override readonly name = 'AwsScalarError';

  constructor(
    /** The scalar's name, e.g. `AWSDateTime`. */
    readonly scalar: string,
    readonly phase: ScalarPhase,
    /** The rejected value as the request or the resolver gave it (a literal's GraphQL source text). */
    readonly value: unknown,
    message: string,
  ) {
    super(message);
  }
}
