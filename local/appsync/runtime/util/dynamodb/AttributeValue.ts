/**
 * A DynamoDB attribute value as APPSYNC_JS writes it: numbers stay JSON numbers (`{"N": 10}`, not
 * `"10"`), as AWS records for `util.dynamodb.toDynamoDB(12345)` → `{"N": 12345}`
 * (localstack/appsync-utils `__tests__/__snapshots__/index.test.js.snap`).
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
  | { readonly B: string }
  | { readonly BS: readonly string[] };

/** The typed values of an object's members: a key, an item, `expressionValues`. */
export type AttributeMap = Readonly<Record<string, AttributeValue>>;
