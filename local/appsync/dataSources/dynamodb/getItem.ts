import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDbCall } from './DynamoDbCall.js';
import { answerOf } from './DynamoDbCall.js';
import { ExpressionAttributes } from './ExpressionAttributes.js';
import { fromSdkItemOrNull } from './fromSdkItem.js';
import type { Fields } from './requestFields.js';
import { optional } from './requestFields.js';
import { toSdkItem } from './toSdkItem.js';

/** GetItem: the item as plain JSON, or null when there is none (js-aws-appsync-resolver-reference-dynamodb-getitem). */
export async function getItem(call: DynamoDbCall, request: Fields): Promise<unknown> {
  const attributes = new ExpressionAttributes();
  const projection = attributes.add(request.projection, 'projection');
  const { Item } = await answerOf(
    call.client.send(
      new GetItemCommand({
        TableName: call.tableName,
        Key: toSdkItem(request.key, 'key'),
        ConsistentRead: optional(request.consistentRead, 'boolean', 'consistentRead'),
        ProjectionExpression: projection,
        ...attributes.input(),
      }),
    ),
  );
  return fromSdkItemOrNull(Item);
}
