import { QueryCommand } from '@aws-sdk/client-dynamodb';
import type { Select } from '@aws-sdk/client-dynamodb';
import { mappingTemplateError } from './AppSyncDataSourceError.js';
import type { DynamoDbCall } from './DynamoDbCall.js';
import { answerOf } from './DynamoDbCall.js';
import { ExpressionAttributes } from './ExpressionAttributes.js';
import { fromSdkItem } from './fromSdkItem.js';
import { decodeNextToken, encodeNextToken } from './nextToken.js';
import type { Fields } from './requestFields.js';
import { optional } from './requestFields.js';

/** What Query and Scan answer in `ctx.result`. */
export interface Page {
  readonly items: readonly unknown[];
  /** A token for the next page, null on the last one. */
  readonly nextToken: string | null;
  /** How many items DynamoDB read before the filter (js-aws-appsync-resolver-reference-dynamodb-query). */
  readonly scannedCount: number;
}

/** Query: `{ items, nextToken, scannedCount }` for the key condition, filter, index and page asked. */
export async function query(call: DynamoDbCall, request: Fields): Promise<Page> {
  const attributes = new ExpressionAttributes();
  const keyCondition = attributes.add(request.query, 'query');
  if (keyCondition === undefined) throw mappingTemplateError('query: a key condition is required');
  const nextToken = optional(request.nextToken, 'string', 'nextToken');
  const index = optional(request.index, 'string', 'index');
  const scope = { tableName: call.tableName, index };
  const answer = await answerOf(
    call.client.send(
      new QueryCommand({
        TableName: call.tableName,
        IndexName: index,
        KeyConditionExpression: keyCondition,
        FilterExpression: attributes.add(request.filter, 'filter'),
        ProjectionExpression: attributes.add(request.projection, 'projection'),
        Limit: optional(request.limit, 'number', 'limit'),
        ScanIndexForward: optional(request.scanIndexForward, 'boolean', 'scanIndexForward'),
        ConsistentRead: optional(request.consistentRead, 'boolean', 'consistentRead'),
        Select: optional(request.select, 'string', 'select') as Select | undefined,
        ExclusiveStartKey: nextToken === undefined ? undefined : decodeNextToken(nextToken, scope),
        ...attributes.input(),
      }),
    ),
  );
  return {
    items: (answer.Items ?? []).map(fromSdkItem),
    nextToken: encodeNextToken(answer.LastEvaluatedKey, scope),
    scannedCount: answer.ScannedCount ?? 0,
  };
}
