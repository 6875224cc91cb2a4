/**
 * The markers `operations.*` return, shaped as AppSync's runtime shapes them: recorded from AWS in
 * localstack/appsync-utils `__tests__/__snapshots__/index.test.js.snap` ("DynamoDB operations add 1":
 * `{ type: 'OPERATION_ADD', value: 10 }`, "increment 1": `{ type: 'OPERATION_INCREMENT', by: 10 }`, ...).
 * `updateListItem` has no recording (AWS answers an opaque value for the marker alone); its shape here
 * only has to be understood by {@link buildUpdateExpression}.
 */
export type Operation =
  | { readonly type: 'OPERATION_ADD'; readonly value: unknown }
  | { readonly type: 'OPERATION_REPLACE'; readonly value: unknown }
  | { readonly type: 'OPERATION_REMOVE' }
  | { readonly type: 'OPERATION_INCREMENT'; readonly by: number | undefined }
  | { readonly type: 'OPERATION_DECREMENT'; readonly by: number | undefined }
  | { readonly type: 'OPERATION_APPEND'; readonly items: readonly unknown[] }
  | { readonly type: 'OPERATION_PREPEND'; readonly items: readonly unknown[] }
  | { readonly type: 'OPERATION_UPDATE_LIST_ITEM'; readonly value: unknown; readonly index: number };

/** The untyped `operations` object; `createDynamoDbHelpers` gives it the declared types. */
export const operations = {
  add: (value: unknown): Operation => ({ type: 'OPERATION_ADD', value }),
  remove: (): Operation => ({ type: 'OPERATION_REMOVE' }),
  replace: (value: unknown): Operation => ({ type: 'OPERATION_REPLACE', value }),
  increment: (by?: number): Operation => ({ type: 'OPERATION_INCREMENT', by }),
  decrement: (by?: number): Operation => ({ type: 'OPERATION_DECREMENT', by }),
  append: (items: readonly unknown[]): Operation => ({ type: 'OPERATION_APPEND', items }),
  prepend: (items: readonly unknown[]): Operation => ({ type: 'OPERATION_PREPEND', items }),
  updateListItem: (value: unknown, index: number): Operation => ({
    type: 'OPERATION_UPDATE_LIST_ITEM',
    value,
    index,
  }),
};

const TYPES: ReadonlySet<string> = new Set([
  'OPERATION_ADD',
  'OPERATION_REPLACE',
  'OPERATION_REMOVE',
  'OPERATION_INCREMENT',
  'OPERATION_DECREMENT',
  'OPERATION_APPEND',
  'OPERATION_PREPEND',
  'OPERATION_UPDATE_LIST_ITEM',
]);

/** Whether `value` is one of the markers above (and not an attribute value that merely looks like one). */
export function isOperation(value: unknown): value is Operation {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    TYPES.has((value as { type?: unknown }).type as string)
  );
}
