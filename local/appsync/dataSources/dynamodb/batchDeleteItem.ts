import { BatchWriteItemCommand } from '@aws-sdk/client-dynamodb';
import { itemIdentity } from './attributeIdentity.js';
import { batchTables } from './batchTables.js';
import type { DynamoDbCall } from './DynamoDbCall.js';
import { answerOf } from './DynamoDbCall.js';
import { fromSdkItem } from './fromSdkItem.js';
import type { Fields } from './requestFields.js';
import { arrayAt } from './requestFields.js';
import { toSdkItem } from './toSdkItem.js';

/** What BatchDeleteItem answers in `ctx.result`, by table as named in the request. */
export interface BatchDeleteResult {
  readonly data: Readonly<Record<string, readonly unknown[]>>;
  readonly unprocessedKeys: Readonly<Record<string, readonly unknown[]>>;
}

/**
 * BatchDeleteItem: `{ data, unprocessedKeys }`, `data[table]` holding each key deleted, in request order,
 * null for one DynamoDB left unprocessed, which is listed in `unprocessedKeys[table]`
 * (js-aws-appsync-resolver-reference-dynamodb-batch-delete-item). DynamoDB's batch does not say
 * whether an item existed: a key is answered whether or not it held one.
 */
export async function batchDeleteItem(call: DynamoDbCall, request: Fields): Promise<BatchDeleteResult> {
  const tables = batchTables(call, request.tables).map((table) => ({
    ...table,
    keys: arrayAt(table.spec, `tables.${table.name}`).map((key, i) =>
      toSdkItem(key, `tables.${table.name}[${i}]`),
    ),
  }));
  const answer = await answerOf(
    call.client.send(
      new BatchWriteItemCommand({
        RequestItems: Object.fromEntries(
          tables.map((t) => [t.engineName, t.keys.map((Key) => ({ DeleteRequest: { Key } }))]),
        ),
      }),
    ),
  );
  const data: Record<string, unknown[]> = {};
  const unprocessedKeys: Record<string, unknown[]> = {};
  for (const table of tables) {
    const left = (answer.UnprocessedItems?.[table.engineName] ?? []).flatMap((r) =>
      r.DeleteRequest?.Key ? [r.DeleteRequest.Key] : [],
    );
    const leftIds = new Set(left.map((key) => itemIdentity(key)));
    data[table.name] = table.keys.map((key) => (leftIds.has(itemIdentity(key)) ? null : fromSdkItem(key)));
    unprocessedKeys[table.name] = left.map(fromSdkItem);
  }
  return { data, unprocessedKeys };
}
