import { ConditionalCheckFailedException, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { itemIdentity } from './attributeIdentity.js';
import type { DynamoDbCall } from './DynamoDbCall.js';
import { answerOf } from './DynamoDbCall.js';
import { ExpressionAttributes } from './ExpressionAttributes.js';
import { fromSdkItem } from './fromSdkItem.js';
import type { Fields } from './requestFields.js';
import { arrayAt, objectAt, stringAt } from './requestFields.js';
import { toAppSyncError } from './toAppSyncError.js';
import { toSdkItem } from './toSdkItem.js';

/**
 * PutItem: the item written (key and `attributeValues`), as plain JSON. When the condition fails,
 * AppSync first reads the item: if it already is the one being written (attributes in the condition's
 * `equalsIgnore` aside), the put counts as done and answers that item; otherwise the error is
 * `DynamoDB:ConditionalCheckFailedException` (js-aws-appsync-resolver-reference-dynamodb-condition-expressions:
 * "If the AWS AppSync DynamoDB function can determine that the current value in DynamoDB matches the
 * desired result, it treats the operation as if it succeeded anyway"). A `Custom` (Lambda)
 * `conditionalCheckFailedHandler` is not run locally: the failure is rejected as with `Reject`.
 * `_version`, `customPartitionKey` and `populateIndexFields` concern versioned data sources, which the
 * twin does not model; they are ignored.
 */
export async function putItem(call: DynamoDbCall, request: Fields): Promise<unknown> {
  const key = toSdkItem(request.key, 'key');
  const item = { ...toSdkItem(request.attributeValues ?? {}, 'attributeValues'), ...key };
  const attributes = new ExpressionAttributes();
  const condition = attributes.add(request.condition, 'condition');
  try {
    await call.client.send(
      new PutItemCommand({
        TableName: call.tableName,
        Item: item,
        ConditionExpression: condition,
        ...attributes.input(),
      }),
    );
    return fromSdkItem(item);
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) {
      const current = await currentItem(call, key);
      const ignored = equalsIgnore(request.condition);
      if (current !== undefined && sameItem(current, item, ignored)) return fromSdkItem(current);
    }
    throw toAppSyncError(error);
  }
}

async function currentItem(
  call: DynamoDbCall,
  key: Record<string, AttributeValue>,
): Promise<Record<string, AttributeValue> | undefined> {
  const { Item } = await answerOf(
    call.client.send(new GetItemCommand({ TableName: call.tableName, Key: key, ConsistentRead: true })),
  );
  return Item;
}

function equalsIgnore(condition: unknown): readonly string[] {
  const list = objectAt(condition, 'condition').equalsIgnore;
  if (list === undefined || list === null) return [];
  return arrayAt(list, 'condition.equalsIgnore').map((name, i) =>
    stringAt(name, `condition.equalsIgnore[${i}]`),
  );
}

function sameItem(
  a: Readonly<Record<string, AttributeValue>>,
  b: Readonly<Record<string, AttributeValue>>,
  ignored: readonly string[],
): boolean {
  const compared = (item: Readonly<Record<string, AttributeValue>>) =>
    itemIdentity(
      item,
      Object.keys(item).filter((name) => !ignored.includes(name)),
    );
  return compared(a) === compared(b);
}
