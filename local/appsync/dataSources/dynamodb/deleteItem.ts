import { DeleteItemCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDbCall } from './DynamoDbCall.js';
import { answerOf } from './DynamoDbCall.js';
import { ExpressionAttributes } from './ExpressionAttributes.js';
import { fromSdkItemOrNull } from './fromSdkItem.js';
import type { Fields } from './requestFields.js';
import { toSdkItem } from './toSdkItem.js';

/**
 * DeleteItem: the item deleted, as plain JSON, or null when there was none
 * (js-aws-appsync-resolver-reference-dynamodb-deleteitem: "The item deleted from DynamoDB is
 * automatically converted into GraphQL and JSON primitive types").
 */
export async function deleteItem(call: DynamoDbCall, request: Fields): Promise<unknown> {
  const attributes = new ExpressionAttributes();
  const condition = attributes.add(request.condition, 'condition');
  const { Attributes } = await answerOf(
    call.client.send(
      new DeleteItemCommand({
        TableName: call.tableName,
        Key: toSdkItem(request.key, 'key'),
        ConditionExpression: condition,
        ReturnValues: 'ALL_OLD',
        ...attributes.input(),
      }),
    ),
  );
  return fromSdkItemOrNull(Attributes);
}
