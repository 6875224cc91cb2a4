import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { toAppSyncError } from './toAppSyncError.js';

/** What every operation of the data source works with. */
export interface DynamoDbCall {
  readonly client: DynamoDBClient;
  /** The data source's table: the one GetItem, PutItem, ..., Query, Scan and Sync act on. */
  readonly tableName: string;
  /** The table a batch or transaction request names (a deployed table name), as the engine knows it. */
  readonly tableNameOf: (nameInRequest: string) => string;
}

/**
 * The SDK's answer, or its error as AppSync hands it to the resolver (see {@link toAppSyncError});
 * `resultField` names the result member a cancelled transaction leaves null.
 */
export async function answerOf<T>(sent: Promise<T>, resultField?: 'items' | 'keys'): Promise<T> {
  try {
    return await sent;
  } catch (error) {
    throw toAppSyncError(error, resultField);
  }
}
