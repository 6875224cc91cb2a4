import { BatchWriteItemCommand } from '@aws-sdk/client-dynamodb';
import { itemIdentity } from './attributeIdentity.js';
import { batchTables } from './batchTables.js';
import type { DynamoDbCall } from './DynamoDbCall.js';
import { answerOf } from './DynamoDbCall.js';
import { fromSdkItem } from './fromSdkItem.js';
import type { Fields } from './requestFields.js';
import { arrayAt } from './requestFields.js';
import { toSdkItem } from './toSdkItem.js';

/** What BatchPutItem answers in `ctx.result`, by table as named in the request. */
export interface BatchPutResult {
  readonly data: Readonly<Record<string, readonly unknown[]>>;
  readonly unprocessedItems: Readonly<Record<string, readonly unknown[]>>;
}

/**
 * BatchPutItem: `{ data, unprocessedItems }`, `data[table]` holding each item put, in request order, null
 * for one DynamoDB left unprocessed, which is listed in `unprocessedItems[table]`
 * (js-aws-appsync-resolver-reference-dynamodb-batch-put-item).
 */
export async function batchPutItem(call: DynamoDbCall, request: Fields): Promise<BatchPutResult> {
  const tables = batchTables(call, request.tables).map((table) => ({
    ...table,
    items: arrayAt(table.spec, `tables.${table.name}`).map((item, i) =>
      toSdkItem(item, `tables.${table.name}[${i}]`),
    ),
  }));
  const answer = await answerOf(
    call.client.send(
      new BatchWriteItemCommand({
        RequestItems: Object.fromEntries(
          tables.map((t) => [t.engineName, t.items.map((Item) => ({ PutRequest: { Item } }))]),
        ),
      }),
    ),
  );
  const data: Record<string, unknown[]> = {};
  const unprocessedItems: Record<string, unknown[]> = {};
  for (const table of tables) {
    const left = (answer.UnprocessedItems?.[table.engineName] ?? []).flatMap((r) =>
      r.PutRequest?.Item ? [r.PutRequest.Item] : [],
    );
    const leftIds = new Set(left.map((item) => itemIdentity(item)));
    data[table.name] = table.items.map((item) =>
      leftIds.has(itemIdentity(item)) ? null : fromSdkItem(item),
    );
    unprocessedItems[table.name] = left.map(fromSdkItem);
  }
  return { data, unprocessedItems };
}
