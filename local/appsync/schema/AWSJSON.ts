import { GraphQLScalarType, Kind, print } from 'graphql';
import type { ValueNode } from 'graphql';
import { AwsScalarError } from './AwsScalarError.js';
import { quoteValue } from './quoteValue.js';

function unparsable(value: unknown, shown: string): never {
  throw new AwsScalarError('AWSJSON', 'parse', value, `Unable to parse ${shown} as valid JSON.`);
}

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return unparsable(text, quoteValue(text));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return unparsable(text, quoteValue(text));
  }
}

/**
 * `AWSJSON`: a string holding JSON (RFC 8259). "Any valid JSON construct is automatically parsed and
 * loaded in the resolver code as maps, lists, or scalar values rather than as the literal input strings.
 * Unquoted strings or otherwise invalid JSON result in a GraphQL validation error."
 * (https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html): so the resolver receives the parsed
 * value, and only a string literal or string variable is accepted (an object literal is a validation
 * error, awslabs/aws-mobile-appsync-sdk-js#554). On output the resolver's value is written as a JSON
 * string, as AppSync returns it (`{"a":1}` becomes `"{\"a\":1}"`, aws-amplify/amplify-cli#5207); a string
 * result is encoded too (`"x"` becomes `"\"x\""`), as amplify-appsync-simulator reads AppSync (#5705).
 */
export const AWSJSON = new GraphQLScalarType<unknown, string>({
  name: 'AWSJSON',
  description: 'A JSON string; the resolver receives it parsed, and results are returned as JSON strings.',
  serialize: (value) => {
    // JSON.stringify returns undefined (despite its type) for undefined, functions and symbols.
    let json: string | undefined;
    try {
      json = JSON.stringify(value);
    } catch {
      json = undefined; // cycles and BigInt have no JSON form
    }
    if (json !== undefined) return json;
    const message = `Unable to serialize ${quoteValue(value)} as valid JSON.`;
    throw new AwsScalarError('AWSJSON', 'serialize', value, message);
  },
  parseValue: parseJson,
  parseLiteral: (node: ValueNode) =>
    node.kind === Kind.STRING ? parseJson(node.value) : unparsable(print(node), `\`${print(node)}\``),
});
