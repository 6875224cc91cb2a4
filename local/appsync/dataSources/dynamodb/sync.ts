import { mappingTemplateError } from './AppSyncDataSourceError.js';
import type { DynamoDbCall } from './DynamoDbCall.js';
import type { Fields } from './requestFields.js';
import { optional } from './requestFields.js';
import { scan } from './scan.js';

/** What Sync answers in `ctx.result` (js-aws-appsync-resolver-reference-dynamodb-sync). */
export interface SyncPage {
  readonly items: readonly unknown[];
  readonly nextToken: string | null;
  /** When this sync started, in epoch milliseconds: the `lastSync` of the next one. */
  readonly startedAt: number;
}

/**
 * Sync without `lastSync`: one page of the base table (100 items unless `limit` says otherwise, as the
 * module's declaration documents). A delta sync (`lastSync`) reads the versioned data source's delta
 * table, which the twin does not model: it is refused.
 */
export async function sync(call: DynamoDbCall, request: Fields): Promise<SyncPage> {
  if (optional(request.lastSync, 'number', 'lastSync') !== undefined) {
    throw mappingTemplateError(
      'Sync with lastSync needs a versioned data source, which the local twin does not model',
    );
  }
  const startedAt = Date.now();
  const page = await scan(call, {
    limit: optional(request.limit, 'number', 'limit') ?? 100,
    nextToken: request.nextToken,
    filter: request.filter,
  });
  return { items: page.items, nextToken: page.nextToken, startedAt };
}
