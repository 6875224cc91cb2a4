import { operationRules } from './validateRequest.js';
import type { MemberRules, RequestRules } from './validateRequest.js';

// The request shapes of the operations the twin adds to dynalite, in dynalite's validation vocabulary,
// built from dynalite's own rules for the single-item operations they are made of. Members are listed
// alphabetically: AWS reports several violations in that order.

const RETURN_CONSUMED_CAPACITY: MemberRules = { type: 'String', enum: ['INDEXES', 'TOTAL', 'NONE'] };
const RETURN_ON_FAILURE: MemberRules = { type: 'String', enum: ['ALL_OLD', 'NONE'] };
const EXPRESSION_MEMBERS = ['ExpressionAttributeNames', 'ExpressionAttributeValues'] as const;
const REQUIRED_STRING: MemberRules = { type: 'String', notNull: true };

function pick(operation: Parameters<typeof operationRules>[0], members: readonly string[]): RequestRules {
  const rules = operationRules(operation);
  return Object.fromEntries(members.map((member) => [member, rules[member] ?? 'String']));
}

function transactItems(itemType: string, actions: RequestRules): MemberRules {
  return {
    type: 'List',
    notNull: true,
    lengthGreaterThanOrEqual: 1,
    lengthLessThanOrEqual: 100,
    children: { type: `ValueStruct<${itemType}>`, children: actions },
  };
}

/** `TransactWriteItems`: 1 to 100 actions, each one of ConditionCheck, Put, Update or Delete. */
export const transactWriteItemsRules: RequestRules = {
  ClientRequestToken: { type: 'String', lengthGreaterThanOrEqual: 1, lengthLessThanOrEqual: 36 },
  ReturnConsumedCapacity: RETURN_CONSUMED_CAPACITY,
  ReturnItemCollectionMetrics: { type: 'String', enum: ['SIZE', 'NONE'] },
  TransactItems: transactItems('TransactWriteItem', {
    ConditionCheck: {
      type: 'FieldStruct<ConditionCheck>',
      children: {
        ConditionExpression: REQUIRED_STRING,
        ...pick('deleteItem', [...EXPRESSION_MEMBERS, 'Key']),
        ReturnValuesOnConditionCheckFailure: RETURN_ON_FAILURE,
        ...pick('deleteItem', ['TableName']),
      },
    },
    Delete: {
      type: 'FieldStruct<Delete>',
      children: {
        ...pick('deleteItem', ['ConditionExpression', ...EXPRESSION_MEMBERS, 'Key']),
        ReturnValuesOnConditionCheckFailure: RETURN_ON_FAILURE,
        ...pick('deleteItem', ['TableName']),
      },
    },
    Put: {
      type: 'FieldStruct<Put>',
      children: {
        ...pick('putItem', ['ConditionExpression', ...EXPRESSION_MEMBERS, 'Item']),
        ReturnValuesOnConditionCheckFailure: RETURN_ON_FAILURE,
        ...pick('putItem', ['TableName']),
      },
    },
    Update: {
      type: 'FieldStruct<Update>',
      children: {
        ...pick('updateItem', ['ConditionExpression', ...EXPRESSION_MEMBERS, 'Key']),
        ReturnValuesOnConditionCheckFailure: RETURN_ON_FAILURE,
        ...pick('updateItem', ['TableName']),
        UpdateExpression: REQUIRED_STRING,
      },
    },
  }),
};

/** `TransactGetItems`: 1 to 100 `Get` actions. */
export const transactGetItemsRules: RequestRules = {
  ReturnConsumedCapacity: RETURN_CONSUMED_CAPACITY,
  TransactItems: transactItems('TransactGetItem', {
    Get: {
      type: 'FieldStruct<Get>',
      notNull: true,
      children: pick('getItem', ['ExpressionAttributeNames', 'Key', 'ProjectionExpression', 'TableName']),
    },
  }),
};

/** `UpdateTimeToLive`: the table and the setting, both members of the setting required. */
export const updateTimeToLiveRules: RequestRules = {
  ...pick('putItem', ['TableName']),
  TimeToLiveSpecification: {
    type: 'FieldStruct<TimeToLiveSpecification>',
    notNull: true,
    children: {
      AttributeName: {
        type: 'String',
        notNull: true,
        lengthGreaterThanOrEqual: 1,
        lengthLessThanOrEqual: 255,
      },
      Enabled: { type: 'Boolean', notNull: true },
    },
  },
};

/** `DescribeTimeToLive`: dynalite's own rules (the table name). */
export const describeTimeToLiveRules: RequestRules = operationRules('describeTimeToLive');
