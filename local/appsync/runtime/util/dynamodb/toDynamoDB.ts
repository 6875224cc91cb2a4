import type { AttributeMap, AttributeValue } from './AttributeValue.js';

/**
 * `util.dynamodb.toDynamoDB`: a JSON value as a DynamoDB attribute value — string `S`, number `N` (a
 * JSON number), boolean `BOOL`, null `NULL`, array `L`, object `M` — never a set ("It's opinionated
 * …: it will use lists ("L") rather than sets", dynamodb-helpers-in-util-dynamodb-js docs). Object
 * members that are `undefined` are left out, as JSON leaves them out.
 */
export function toDynamoDB(value: unknown): AttributeValue {
  if (value === null || value === undefined) return { NULL: null };
  switch (typeof value) {
    case 'string':
      return { S: value };
    case 'number':
      return { N: value };
    case 'boolean':
      return { BOOL: value };
    case 'object':
      if (Array.isArray(value)) return { L: value.map(toDynamoDB) };
      return { M: toMapValues(value) };
    default:
      throw new TypeError(`Cannot convert a ${typeof value} to a DynamoDB attribute value`);
  }
}

/**
 * Each member of `value` converted with `toDynamoDB`: the contents of `toDynamoDB(value).M` (a key, an
 * item). Throws a TypeError when `value` is not an object (null and arrays included).
 */
export function toMapValues(value: unknown): AttributeMap {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError('Expected an object of attributes');
  }
  const out: Record<string, AttributeValue> = {};
  for (const [name, member] of Object.entries(value)) {
    if (member !== undefined) out[name] = toDynamoDB(member);
  }
  return out;
}
