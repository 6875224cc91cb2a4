import { ScanCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDbCall } from './DynamoDbCall.js';
import { answerOf } from './DynamoDbCall.js';
import { ExpressionAttributes } from './ExpressionAttributes.js';
import { fromSdkItem } from './fromSdkItem.js';
import { decodeNextToken, encodeNextToken } from './nextToken.js';
import type { Page } from './query.js';
import type { Fields } from './requestFields.js';
import { optional } from './requestFields.js';

/** Scan: `{ items, nextToken, scannedCount }`, of one segment when `segment`/`totalSegments` are given. */
export async function scan(call: DynamoDbCall, request: Fields): Promise<Page> {
  const attributes = new ExpressionAttributes();
  const nextToken = optional(request.nextToken, 'string', 'nextToken');
  const index = optional(request.index, 'string', 'index');
  const scope = { tableName: call.tableName, index };
  const answer = await answerOf(
    call.client.send(
      new ScanCommand({
        TableName: call.tableName,
        IndexName: index,
        FilterExpression: attributes.add(request.filter, 'filter'),
        ProjectionExpression: attributes.add(request.projection, 'projection'),
        Limit: optional(request.limit, 'number', 'limit'),
        ConsistentRead: optional(request.consistentRead, 'boolean', 'consistentRead'),
        Segment: optional(request.segment, 'number', 'segment'),
        TotalSegments: optional(request.totalSegments, 'number', 'totalSegments'),
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
