import { getNamedType } from 'graphql';
import type { GraphQLField } from 'graphql';
import { isDeepStrictEqual } from 'node:util';

/**
 * AppSync's argument filtering ("Using subscription arguments", aws-appsync-real-time-data docs): each
 * argument the subscriber gave a non-null value must equal the event's field of the same name; an
 * argument left out or null filters nothing. An `ID` argument matches the field's value as a string
 * (an ID serializes as a string).
 */
export function matchesArguments(
  field: GraphQLField<unknown, unknown>,
  args: Readonly<Record<string, unknown>>,
  event: unknown,
): boolean {
  for (const [name, expected] of Object.entries(args)) {
    if (expected === null || expected === undefined) continue;
    if (event === null || typeof event !== 'object') return false;
    const actual = (event as Record<string, unknown>)[name];
    const isId = getNamedType(field.args.find((arg) => arg.name === name)?.type)?.name === 'ID';
    const equal =
      isId && isIdValue(actual) && isIdValue(expected)
        ? String(actual) === String(expected)
        : isDeepStrictEqual(actual, expected);
    if (!equal) return false;
  }
  return true;
}

function isIdValue(value: unknown): value is string | number {
  return typeof value === 'string' || typeof value === 'number';
}
