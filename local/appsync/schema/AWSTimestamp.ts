import { GraphQLScalarType, Kind, print } from 'graphql';
import type { ValueNode } from 'graphql';
import { AwsScalarError } from './AwsScalarError.js';
import type { ScalarPhase } from './AwsScalarError.js';
import { quoteValue } from './quoteValue.js';

// AppSync's schema description of AWSTimestamp: "The minimum supported timestamp value is
// -31557014167219200 … The maximum supported timestamp value is 31556889864403199" (java.time's Instant
// range). Both lie beyond 2^53, so values past Number.MAX_SAFE_INTEGER lose precision here.
const MIN = -31_557_014_167_219_200n;
const MAX = 31_556_889_864_403_199n;

function inRange(value: bigint): boolean {
  return value >= MIN && value <= MAX;
}

function fail(phase: ScalarPhase, value: unknown, shown: string): never {
  throw new AwsScalarError('AWSTimestamp', phase, value, `Unable to ${phase} ${shown} as a valid timestamp.`);
}

function accept(phase: ScalarPhase, value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && inRange(BigInt(value))) return value;
  return fail(phase, value, quoteValue(value));
}

/**
 * `AWSTimestamp`: an integer number of seconds before or after 1970-01-01T00:00Z, e.g. `-123123`
 * (https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html). Only an Int literal or an integer
 * JSON number is accepted (no strings, no fractions), and results must be integers too.
 */
export const AWSTimestamp = new GraphQLScalarType<number, number>({
  name: 'AWSTimestamp',
  description: 'An integer number of seconds before or after `1970-01-01T00:00Z`.',
  serialize: (value) => accept('serialize', value),
  parseValue: (value) => accept('parse', value),
  parseLiteral: (node: ValueNode) => {
    if (node.kind === Kind.INT && inRange(BigInt(node.value))) return Number(node.value);
    const source = print(node);
    return fail('parse', source, `\`${source}\``);
  },
});
