import type {
  BatchDeleteInput,
  BatchGetInput,
  BatchPutInput,
  DynamoDBSyncInput,
  DynamoDBUpdateInput,
  GetInput,
  PutInput,
  QueryInput,
  RemoveInput,
  ScanInput,
  TransactGetInput,
  TransactWriteInput,
  TransactWriteItem,
} from '@aws-appsync/utils/lib/dynamodb-helpers.js';
import type * as DeclaredModule from '@aws-appsync/utils/lib/dynamodb-helpers.js';
import type {
  DynamoDBBatchDeleteItemRequest,
  DynamoDBBatchGetItemRequest,
  DynamoDBBatchPutItemRequest,
  DynamoDBDeleteItemRequest,
  DynamoDBGetItemRequest,
  DynamoDBPutItemRequest,
  DynamoDBQueryRequest,
  DynamoDBScanRequest,
  DynamoDBSyncRequest,
  DynamoDBTransactGetItemsRequest,
  DynamoDBTransactWriteItemsRequest,
  DynamoDBUpdateItemRequest,
} from '@aws-appsync/utils';
import { toMapValues } from '../util/index.js';
import { buildProjection } from './buildProjection.js';
import { buildUpdateExpression } from './buildUpdateExpression.js';
import { operations } from './operations.js';
import { toRequestExpression } from './toRequestExpression.js';

/** The `@aws-appsync/utils/dynamodb` module as declared by `@aws-appsync/utils`. */
// `default` is the interop namespace's, not the module's.
export type DynamoDbModule = Omit<typeof DeclaredModule, 'default'>;

type TransactWriteRequestItem = DynamoDBTransactWriteItemsRequest['transactItems'][number];

/**
 * The `@aws-appsync/utils/dynamodb` module of the APPSYNC_JS runtime: functions that build the request
 * objects AppSync's DynamoDB data source takes, exactly as AWS builds them (keys and items as typed
 * values with numbers as JSON numbers; updates as `#expName_N`/`:expValue_N` expressions; conditions,
 * filters and key conditions as `util.transform` renders them; optional arguments left out when absent
 * or null). Pure and stateless, built from ECMAScript built-ins only, so it runs inside the sandbox's
 * vm context. The conformance tests beside it name the AWS recording each case reproduces.
 *
 * @example
 * const ddb = createDynamoDbHelpers();
 * ddb.get({ key: { id: 'id' } }); // { operation: 'GetItem', key: { id: { S: 'id' } } }
 */
export function createDynamoDbHelpers(): DynamoDbModule {
  return {
    get: <T>(payload: GetInput<T>): DynamoDBGetItemRequest =>
      withOptional(
        { operation: 'GetItem' as const, key: toMapValues(payload.key) },
        { consistentRead: payload.consistentRead, projection: buildProjection(payload.projection) },
      ),

    put: <T>(payload: PutInput<T>): DynamoDBPutItemRequest =>
      withOptional(
        {
          operation: 'PutItem' as const,
          key: toMapValues(payload.key),
          attributeValues: toMapValues(payload.item),
        },
        {
          condition: toRequestExpression(payload.condition, 'condition'),
          customPartitionKey: payload.customPartitionKey,
          populateIndexFields: payload.populateIndexFields,
          _version: payload._version,
        },
      ),

    update: <T>(payload: DynamoDBUpdateInput<T>): DynamoDBUpdateItemRequest =>
      withOptional(
        {
          operation: 'UpdateItem' as const,
          key: toMapValues(payload.key),
          update: buildUpdateExpression(payload.update),
        },
        {
          condition: toRequestExpression(payload.condition, 'condition'),
          customPartitionKey: payload.customPartitionKey,
          populateIndexFields: payload.populateIndexFields,
          _version: payload._version,
        },
      ),

    remove: <T>(payload: RemoveInput<T>): DynamoDBDeleteItemRequest =>
      withOptional(
        { operation: 'DeleteItem' as const, key: toMapValues(payload.key) },
        {
          condition: toRequestExpression(payload.condition, 'condition'),
          customPartitionKey: payload.customPartitionKey,
          populateIndexFields: payload.populateIndexFields,
          _version: payload._version,
        },
      ),

    query: <T>(payload: QueryInput<T>): DynamoDBQueryRequest => {
      const query = toRequestExpression(payload.query, 'query');
      if (query === undefined) throw new TypeError('query: a key condition is required');
      return withOptional(
        { operation: 'Query' as const, query },
        {
          index: payload.index,
          limit: payload.limit,
          nextToken: payload.nextToken,
          consistentRead: payload.consistentRead,
          scanIndexForward: payload.scanIndexForward,
          select: payload.select,
          filter: toRequestExpression(payload.filter, 'filter'),
          projection: buildProjection(payload.projection),
        },
      );
    },

    scan: <T>(payload: ScanInput<T>): DynamoDBScanRequest =>
      withOptional(
        { operation: 'Scan' as const },
        {
          index: payload.index,
          limit: payload.limit,
          nextToken: payload.nextToken,
          consistentRead: payload.consistentRead,
          totalSegments: payload.totalSegments,
          segment: payload.segment,
          filter: toRequestExpression(payload.filter, 'filter'),
          projection: buildProjection(payload.projection),
        },
      ),

    sync: <T>(payload: DynamoDBSyncInput<T>): DynamoDBSyncRequest =>
      withOptional(
        { operation: 'Sync' as const },
        {
          basePartitionKey: payload.basePartitionKey,
          deltaIndexName: payload.deltaIndexName,
          limit: payload.limit,
          nextToken: payload.nextToken,
          lastSync: payload.lastSync,
          filter: toRequestExpression(payload.filter, 'filter'),
        },
      ),

    batchGet: (payload: BatchGetInput): DynamoDBBatchGetItemRequest => {
      const tables: DynamoDBBatchGetItemRequest['tables'] = {};
      for (const [table, request] of Object.entries(payload.tables)) {
        tables[table] = withOptional(
          { keys: request.keys.map(toMapValues) },
          { consistentRead: request.consistentRead, projection: buildProjection(request.projection) },
        );
      }
      return { operation: 'BatchGetItem', tables };
    },

    batchPut: (payload: BatchPutInput): DynamoDBBatchPutItemRequest => {
      const tables: DynamoDBBatchPutItemRequest['tables'] = {};
      for (const [table, items] of Object.entries(payload.tables)) tables[table] = items.map(toMapValues);
      return { operation: 'BatchPutItem', tables };
    },

    batchDelete: (payload: BatchDeleteInput): DynamoDBBatchDeleteItemRequest => {
      const tables: DynamoDBBatchDeleteItemRequest['tables'] = {};
      for (const [table, keys] of Object.entries(payload.tables)) tables[table] = keys.map(toMapValues);
      return { operation: 'BatchDeleteItem', tables };
    },

    transactGet: (payload: TransactGetInput): DynamoDBTransactGetItemsRequest => ({
      operation: 'TransactGetItems',
      // A projection per item is accepted by the data source though the request type omits it.
      transactItems: payload.items.map((item) =>
        withOptional(
          { table: item.table, key: toMapValues(item.key) },
          { projection: buildProjection(item.projection) },
        ),
      ),
    }),

    transactWrite: (payload: TransactWriteInput): DynamoDBTransactWriteItemsRequest => ({
      operation: 'TransactWriteItems',
      transactItems: payload.items.map(toTransactWriteItem),
    }),

    toStringSet: (list) => ({ SS: list }),
    // AWS keeps the numbers as numbers, not the strings the declaration promises (localstack/appsync-utils
    // test "set helpers toNumberSet", and `util.dynamodb.toNumberSet` in index.test.js.snap).
    toNumberSet: (numbers) => ({ NS: numbers }) as unknown as { NS: string[] },
    toBinarySet: (values) => ({ BS: values }),

    // The declared marker types (`{ _type: 'add' }`) are placeholders; AppSync's values are `{ type, ... }`.
    operations: operations as unknown as DynamoDbModule['operations'],
  };
}

function toTransactWriteItem(item: TransactWriteItem): TransactWriteRequestItem {
  if ('putItem' in item) {
    const { table, key, item: attributes, condition } = item.putItem;
    return withOptional(
      {
        table,
        operation: 'PutItem' as const,
        key: toMapValues(key),
        attributeValues: toMapValues(attributes),
      },
      { condition: toRequestExpression(condition, 'condition') },
    );
  }
  if ('updateItem' in item) {
    const { table, key, update, condition } = item.updateItem;
    return withOptional(
      {
        table,
        operation: 'UpdateItem' as const,
        key: toMapValues(key),
        update: buildUpdateExpression(update),
      },
      { condition: toRequestExpression(condition, 'condition') },
    );
  }
  if ('deleteItem' in item) {
    const { table, key, condition } = item.deleteItem;
    return withOptional(
      { table, operation: 'DeleteItem' as const, key: toMapValues(key) },
      { condition: toRequestExpression(condition, 'condition') },
    );
  }
  if ('conditionCheck' in item) {
    const { table, key, condition } = item.conditionCheck;
    return withOptional(
      { table, operation: 'ConditionCheck' as const, key: toMapValues(key) },
      { condition: toRequestExpression(condition, 'condition') },
    );
  }
  throw new TypeError('transactWrite: each item needs putItem, updateItem, deleteItem or conditionCheck');
}

/** `request` with each optional argument that is neither undefined nor null (AWS leaves those out). */
function withOptional<R extends object>(request: R, optional: Readonly<Record<string, unknown>>): R {
  const out: Record<string, unknown> = { ...(request as Record<string, unknown>) };
  for (const [name, value] of Object.entries(optional)) {
    if (value !== undefined && value !== null) out[name] = value;
  }
  return out as R;
}
