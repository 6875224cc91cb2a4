import { TransactGetItemsCommand } from '@aws-sdk/client-dynamodb';
import type { CancellationReason } from './AppSyncDataSourceError.js';
import type { DynamoDbCall } from './DynamoDbCall.js';
import { answerOf } from './DynamoDbCall.js';
import { ExpressionAttributes } from './ExpressionAttributes.js';
import { fromSdkItemOrNull } from './fromSdkItem.js';
import type { Fields } from './requestFields.js';
import { arrayAt, objectAt, stringAt } from './requestFields.js';
import { toSdkItem } from './toSdkItem.js';

/** What TransactGetItems answers in `ctx.result`. */
export interface TransactGetResult {
  /** One entry per requested item, in request order, null where there is none. */
  readonly items: readonly unknown[];
  readonly cancellationReasons: readonly CancellationReason[] | null;
}

/**
 * TransactGetItems: `{ items, cancellationReasons: null }`, as AppSync's TransactGetItems reference
 * (js-aws-appsync-resolver-reference-dynamodb-transact-get-items) describes it; no AWS recording confirms it.
 * A cancelled transaction is a `DynamoDB:TransactionCanceledException` error whose result is
 * `{ items: null, cancellationReasons }`.
 */
export async function transactGetItems(call: DynamoDbCall, request: Fields): Promise<TransactGetResult> {
  const TransactItems = arrayAt(request.transactItems, 'transactItems').map((member, i) => {
    const path = `transactItems[${i}]`;
    const item = objectAt(member, path);
    const attributes = new ExpressionAttributes();
    const projection = attributes.add(item.projection, `${path}.projection`);
    return {
      Get: {
        TableName: call.tableNameOf(stringAt(item.table, `${path}.table`)),
        Key: toSdkItem(item.key, `${path}.key`),
        ProjectionExpression: projection,
        ExpressionAttributeNames: attributes.input().ExpressionAttributeNames,
      },
    };
  });
  const answer = await answerOf(call.client.send(new TransactGetItemsCommand({ TransactItems })), 'items');
  return {
    items: TransactItems.map((_, i) => fromSdkItemOrNull(answer.Responses?.[i]?.Item)),
    cancellationReasons: null,
  };
}
