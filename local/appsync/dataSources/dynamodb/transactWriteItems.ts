import { TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import type { CancellationReason } from './AppSyncDataSourceError.js';
import { mappingTemplateError } from './AppSyncDataSourceError.js';
import type { DynamoDbCall } from './DynamoDbCall.js';
import { answerOf } from './DynamoDbCall.js';
import { ExpressionAttributes } from './ExpressionAttributes.js';
import { fromSdkItem } from './fromSdkItem.js';
import type { Fields } from './requestFields.js';
import { arrayAt, objectAt, optional, stringAt } from './requestFields.js';
import { toSdkItem } from './toSdkItem.js';

/** What TransactWriteItems answers in `ctx.result`. */
export interface TransactWriteResult {
  /** The key of each action, in request order. */
  readonly keys: readonly unknown[];
  readonly cancellationReasons: readonly CancellationReason[] | null;
}

/**
 * TransactWriteItems: `{ keys, cancellationReasons: null }`, as AppSync's TransactWriteItems reference
 * (js-aws-appsync-resolver-reference-dynamodb-transact-write-items) describes it; no AWS recording confirms it.
 * A cancelled transaction is a `DynamoDB:TransactionCanceledException` error whose result is
 * `{ keys: null, cancellationReasons }`, one reason per action in request order (`type: 'None'` for the
 * actions that did not cause it), with the item as it was where the action's condition asked for it
 * (`returnValuesOnConditionCheckFailure: true`).
 */
export async function transactWriteItems(call: DynamoDbCall, request: Fields): Promise<TransactWriteResult> {
  const actions = arrayAt(request.transactItems, 'transactItems').map((member, i) =>
    toAction(call, objectAt(member, `transactItems[${i}]`), `transactItems[${i}]`),
  );
  await answerOf(
    call.client.send(new TransactWriteItemsCommand({ TransactItems: actions.map((a) => a.action) })),
    'keys',
  );
  return { keys: actions.map((a) => fromSdkItem(a.key)), cancellationReasons: null };
}

function toAction(call: DynamoDbCall, item: Fields, path: string) {
  const TableName = call.tableNameOf(stringAt(item.table, `${path}.table`));
  const key = toSdkItem(item.key, `${path}.key`);
  const attributes = new ExpressionAttributes();
  const condition = attributes.add(item.condition, `${path}.condition`);
  const returnOld =
    condition !== undefined &&
    optional(
      objectAt(item.condition, `${path}.condition`).returnValuesOnConditionCheckFailure,
      'boolean',
      `${path}.condition.returnValuesOnConditionCheckFailure`,
    ) === true;
  const conditional = {
    ConditionExpression: condition,
    ...(returnOld && { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const }),
  };
  const operation = item.operation;
  let action: TransactWriteItem;
  if (operation === 'PutItem') {
    const Item = { ...toSdkItem(item.attributeValues ?? {}, `${path}.attributeValues`), ...key };
    action = { Put: { TableName, Item, ...conditional, ...attributes.input() } };
  } else if (operation === 'UpdateItem') {
    const UpdateExpression = attributes.add(item.update, `${path}.update`);
    if (UpdateExpression === undefined)
      throw mappingTemplateError(`${path}.update: an update expression is required`);
    action = { Update: { TableName, Key: key, UpdateExpression, ...conditional, ...attributes.input() } };
  } else if (operation === 'DeleteItem') {
    action = { Delete: { TableName, Key: key, ...conditional, ...attributes.input() } };
  } else if (operation === 'ConditionCheck') {
    if (condition === undefined)
      throw mappingTemplateError(`${path}.condition: a ConditionCheck needs a condition`);
    action = {
      ConditionCheck: {
        TableName,
        Key: key,
        ...conditional,
        ConditionExpression: condition,
        ...attributes.input(),
      },
    };
  } else {
    throw mappingTemplateError(`${path}: Unsupported operation '${String(operation)}'.`);
  }
  return { key, action };
}
