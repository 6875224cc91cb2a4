import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { mappingTemplateError } from './AppSyncDataSourceError.js';
import { batchDeleteItem } from './batchDeleteItem.js';
import { batchGetItem } from './batchGetItem.js';
import { batchPutItem } from './batchPutItem.js';
import { deleteItem } from './deleteItem.js';
import type { DynamoDbCall } from './DynamoDbCall.js';
import { getItem } from './getItem.js';
import { putItem } from './putItem.js';
import { query } from './query.js';
import type { Fields } from './requestFields.js';
import { objectAt } from './requestFields.js';
import { scan } from './scan.js';
import { sync } from './sync.js';
import { transactGetItems } from './transactGetItems.js';
import { transactWriteItems } from './transactWriteItems.js';
import { updateItem } from './updateItem.js';

export interface DynamoDbRequestOptions {
  /**
   * The engine's name for a table a batch or transaction request names (`tables: {...}`,
   * `transactItems[].table`): resolvers name deployed tables, the twin's tables bear the stack
   * description's logical names. Identity unless given.
   */
  readonly tableName?: (nameInRequest: string) => string;
}

const OPERATIONS: Readonly<Record<string, (call: DynamoDbCall, request: Fields) => Promise<unknown>>> = {
  GetItem: getItem,
  PutItem: putItem,
  UpdateItem: updateItem,
  DeleteItem: deleteItem,
  Query: query,
  Scan: scan,
  Sync: sync,
  BatchGetItem: batchGetItem,
  BatchPutItem: batchPutItem,
  BatchDeleteItem: batchDeleteItem,
  TransactGetItems: transactGetItems,
  TransactWriteItems: transactWriteItems,
};

/**
 * Performs the request object a resolver's `request()` returned for an AppSync DynamoDB data source on
 * `tableName`, and resolves to what AppSync puts in `ctx.result`: an item as plain JSON (or null) for
 * GetItem, PutItem, UpdateItem and DeleteItem; `{ items, nextToken, scannedCount }` for Query and Scan;
 * `{ items, nextToken, startedAt }` for Sync; `{ data, unprocessedKeys | unprocessedItems }` for the
 * batches; `{ items | keys, cancellationReasons }` for the transactions. Typed values may carry numbers
 * as JSON numbers, as AppSync's helpers write them.
 * Rejects with an {@link AppSyncDataSourceError} for what AppSync reports in `ctx.error` (DynamoDB's
 * errors as `DynamoDB:<code>`, malformed requests as `MappingTemplate`); any other rejection is a fault
 * of the connection to DynamoDB.
 *
 * @example
 * await executeDynamoDbRequest(client, 'profiles', { operation: 'GetItem', key: { id: { S: 'u-1' } } });
 * // → { id: 'u-1', name: 'Ada' } or null
 */
export async function executeDynamoDbRequest(
  client: DynamoDBClient,
  tableName: string,
  request: unknown,
  options: DynamoDbRequestOptions = {},
): Promise<unknown> {
  const fields = objectAt(request, 'request');
  const operation = fields.operation;
  const execute =
    typeof operation === 'string' && Object.hasOwn(OPERATIONS, operation) ? OPERATIONS[operation] : undefined;
  if (execute === undefined) throw mappingTemplateError(`Unsupported operation '${String(operation)}'.`);
  return execute({ client, tableName, tableNameOf: options.tableName ?? ((name) => name) }, fields);
}
