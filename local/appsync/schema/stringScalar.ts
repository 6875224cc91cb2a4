import { GraphQLScalarType, Kind, print } from 'graphql';
import type { ValueNode } from 'graphql';
import { AwsScalarError } from './AwsScalarError.js';
import type { ScalarPhase } from './AwsScalarError.js';
import { quoteValue } from './quoteValue.js';

/** What a string-valued AWS scalar is: its name, its check, and how AppSync names its values. */
export interface StringScalarSpec {
  readonly name: string;
  readonly description: string;
  /** The words after "as a valid" in AppSync's messages, e.g. `phone number`. */
  readonly noun: string;
  readonly isValid: (value: string) => boolean;
}

/**
 * A scalar whose values are strings in a format: a string literal or variable of that format reaches the
 * resolver unchanged, and a resolver's result of that format is returned unchanged. Anything else (another
 * format, another literal kind, a non-string variable or result) throws an `AwsScalarError`, which
 * graphql-js reports as a validation error (literal), a variable coercion error, or a field error (result).
 */
export function stringScalar(spec: StringScalarSpec): GraphQLScalarType<string, string> {
  const { name, description, noun, isValid } = spec;
  const fail = (phase: ScalarPhase, value: unknown, shown: string): never => {
    throw new AwsScalarError(name, phase, value, `Unable to ${phase} ${shown} as a valid ${noun}.`);
  };
  const accept = (phase: ScalarPhase, value: unknown): string =>
    typeof value === 'string' && isValid(value) ? value : fail(phase, value, quoteValue(value));
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => accept('serialize', value),
    parseValue: (value) => accept('parse', value),
    parseLiteral: (node: ValueNode) => {
      if (node.kind === Kind.STRING) return accept('parse', node.value);
      const source = print(node);
      return fail('parse', source, `\`${source}\``);
    },
  });
}
