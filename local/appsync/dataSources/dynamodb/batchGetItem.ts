import { BatchGetItemCommand } from '@aws-sdk/client-dynamodb';
import type { AttributeValue, KeysAndAttributes } from '@aws-sdk/client-dynamodb';
import { itemIdentity } from './attributeIdentity.js';
import { batchTables } from './batchTables.js';
import type { DynamoDbCall } from './DynamoDbCall.js';
import { answerOf } from './DynamoDbCall.js';
import { ExpressionAttributes } from './ExpressionAttributes.js';
import { fromSdkItem } from './fromSdkItem.js';
import type { Fields } from './requestFields.js';
import { arrayAt, objectAt, optional } from './requestFields.js';
import { toSdkItem } from './toSdkItem.js';

type Item = Record<string, AttributeValue>;

/** What BatchGetItem answers in `ctx.result`, by table as named in the request. */
export interface BatchGetResult {
  readonly data: Readonly<Record<string, readonly unknown[]>>;
  readonly unprocessedKeys: Readonly<Record<string, readonly unknown[]>>;
}

/**
 * BatchGetItem: `{ data, unprocessedKeys }`, `data[table]` holding one entry per requested key in request
 * order, null where no item was retrieved (js-aws-appsync-resolver-reference-dynamodb-batch-get-item:
 * "If an item has not been retrieved from the table, a null element appears in the data block for that
 * table. Invocation results are sorted per table, based on the order in which they were provided").
 * DynamoDB answers in any order, so items are matched to keys by their key attributes; a projection is
 * widened to those attributes for the match and they are dropped again if it did not ask for them.
 */
export async function batchGetItem(call: DynamoDbCall, request: Fields): Promise<BatchGetResult> {
  const tables = batchTables(call, request.tables).map((table) => {
    const spec = objectAt(table.spec, `tables.${table.name}`);
    const keys = arrayAt(spec.keys, `tables.${table.name}.keys`).map((key, i) =>
      toSdkItem(key, `tables.${table.name}.keys[${i}]`),
    );
    const keyNames = Object.keys(keys[0] ?? {});
    const attributes = new ExpressionAttributes();
    const projection = attributes.add(spec.projection, `tables.${table.name}.projection`);
    const added = projection === undefined ? [] : keyNames.filter((name) => !projects(spec.projection, name));
    const input: KeysAndAttributes = {
      Keys: keys,
      ConsistentRead: optional(spec.consistentRead, 'boolean', `tables.${table.name}.consistentRead`),
      ...(projection !== undefined && {
        ProjectionExpression: [projection, ...added.map((_, i) => `#appsyncKey${i}`)].join(', '),
      }),
      ...attributes.input(),
    };
    if (added.length > 0) {
      input.ExpressionAttributeNames = {
        ...input.ExpressionAttributeNames,
        ...Object.fromEntries(added.map((name, i) => [`#appsyncKey${i}`, name])),
      };
    }
    return { ...table, keys, keyNames, added, input };
  });

  const answer = await answerOf(
    call.client.send(
      new BatchGetItemCommand({
        RequestItems: Object.fromEntries(tables.map((t) => [t.engineName, t.input])),
      }),
    ),
  );

  const data: Record<string, unknown[]> = {};
  const unprocessedKeys: Record<string, unknown[]> = {};
  for (const table of tables) {
    const found = new Map<string, Item>();
    for (const item of answer.Responses?.[table.engineName] ?? []) {
      found.set(itemIdentity(item, table.keyNames), item);
    }
    data[table.name] = table.keys.map((key) => {
      const item = found.get(itemIdentity(key, table.keyNames));
      if (item === undefined) return null;
      const plain = fromSdkItem(item);
      for (const name of table.added) delete plain[name];
      return plain;
    });
    unprocessedKeys[table.name] = (answer.UnprocessedKeys?.[table.engineName]?.Keys ?? []).map(fromSdkItem);
  }
  return { data, unprocessedKeys };
}

/** Whether a projection (`{ expression, expressionNames }`) names the top-level attribute `name`. */
function projects(projection: unknown, name: string): boolean {
  const { expression, expressionNames } = projection as {
    expression: string;
    expressionNames?: Record<string, string>;
  };
  const paths = expression.split(',').map((path) => path.trim().split(/[.[]/)[0] ?? '');
  return paths.some((head) => head === name || expressionNames?.[head] === name);
}
