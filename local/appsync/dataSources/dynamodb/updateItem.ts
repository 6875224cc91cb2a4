import { UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDbCall } from './DynamoDbCall.js';
import { answerOf } from './DynamoDbCall.js';
import { ExpressionAttributes } from './ExpressionAttributes.js';
import { fromSdkItemOrNull } from './fromSdkItem.js';
import { mappingTemplateError } from './AppSyncDataSourceError.js';
import type { Fields } from './requestFields.js';
import { toSdkItem } from './toSdkItem.js';

/**
 * UpdateItem: the whole item after the update, as plain JSON (js-aws-appsync-resolver-reference-dynamodb-updateitem:
 * "The item updated in DynamoDB is automatically converted into GraphQL and JSON primitive types").
 * A failed condition is `DynamoDB:ConditionalCheckFailedException`, with no item beside it: AppSync's
 * JavaScript runtime puts none in `ctx.error` nor `ctx.result` (aws/aws-appsync-community#343).
 */
export async function updateItem(call: DynamoDbCall, request: Fields): Promise<unknown> {
  const attributes = new ExpressionAttributes();
  const update = attributes.add(request.update, 'update');
  if (update === undefined) throw mappingTemplateError('update: an update expression is required');
  const condition = attributes.add(request.condition, 'condition');
  const { Attributes } = await answerOf(
    call.client.send(
      new UpdateItemCommand({
        TableName: call.tableName,
        Key: toSdkItem(request.key, 'key'),
        UpdateExpression: update,
        ConditionExpression: condition,
        ReturnValues: 'ALL_NEW',
        ...attributes.input(),
      }),
    ),
  );
  return fromSdkItemOrNull(Attributes);
}
