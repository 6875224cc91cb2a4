/**
 * A DynamoDB typed value as AppSync's JavaScript runtime writes it: numbers stay JSON numbers
 * (`{ "N": 10 }`, not `{ "N": "10" }`), as recorded from AWS in localstack/appsync-utils
 * `__tests__/__snapshots__/index.test.js.snap` ("DynamoDB module functions put 1").
 */
export type AttributeValue =
  | { readonly S: string }
  | { readonly N: number }
  | { readonly BOOL: boolean }
  | { readonly NULL: null }
  | { readonly L: readonly AttributeValue[] }
  | { readonly M: AttributeMap }
  | { readonly SS: readonly string[] }
  | { readonly NS: readonly number[] }
  | { readonly BS: readonly string[] };

export type AttributeMap = Readonly<Record<string, AttributeValue>>;

/**
 * The typed value of a JSON value: string → S, number → N, boolean → BOOL, null → NULL, array → L,
 * object → M. An `undefined` member of an object is left out, as JSON would; one in a list is NULL.
 * Throws a TypeError for anything JSON cannot hold (a function, a symbol, a bigint).
 */
export function toAttributeValue(value: unknown): AttributeValue {
  if (value === null || value === undefined) return { NULL: null };
  switch (typeof value) {
    case 'string':
      return { S: value };
    case 'number':
      return { N: value };
    case 'boolean':
      return { BOOL: value };
    case 'object':
      return Array.isArray(value) ? { L: value.map(toAttributeValue) } : { M: toAttributeMap(value) };
    default:
      throw new TypeError(`A ${typeof value} cannot be stored in DynamoDB`);
  }
}

/** `util.dynamodb.toMapValues`: the typed value of each member of `object` (a key, an item). */
export function toAttributeMap(object: unknown): AttributeMap {
  if (typeof object !== 'object' || object === null || Array.isArray(object)) {
    throw new TypeError('Expected an object of attributes');
  }
  const map: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(object)) {
    if (value !== undefined) map[name] = toAttributeValue(value);
  }
  return map;
}
