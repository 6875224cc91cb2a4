import { describe, expect, it } from 'vitest';
import { planWriteAction } from './planWriteAction.js';
import { writeActionOf } from './writeActionOf.js';

const key = { pk: { S: 'sku-1' } };
const snapshot = { ...key, stock: { N: '3' } };
const condition = {
  ConditionExpression: 'stock >= :q',
  ExpressionAttributeValues: { ':q': { N: '1' } },
};

describe('planWriteAction', () => {
  it('checks a condition on an existing item by putting the item back as it is', () => {
    const action = writeActionOf({
      ConditionCheck: {
        TableName: 'stock',
        Key: key,
        ...condition,
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    });
    expect(action.returnOldOnFailure).toBe(true);
    expect(planWriteAction(action, key, snapshot)).toEqual({
      apply: { operation: 'PutItem', body: { TableName: 'stock', Item: snapshot, ...condition } },
    });
  });

  it('checks a condition on a missing item by deleting it, which changes nothing', () => {
    const action = writeActionOf({ ConditionCheck: { TableName: 'stock', Key: key, ...condition } });
    expect(planWriteAction(action, key, undefined)).toEqual({
      apply: { operation: 'DeleteItem', body: { TableName: 'stock', Key: key, ...condition } },
    });
  });

  it('runs an Update as UpdateItem, undone by putting the snapshot back', () => {
    const update = { TableName: 'stock', Key: key, UpdateExpression: 'SET stock = stock - :q', ...condition };
    expect(planWriteAction(writeActionOf({ Update: update }), key, snapshot)).toEqual({
      apply: { operation: 'UpdateItem', body: update },
      undo: { operation: 'PutItem', body: { TableName: 'stock', Item: snapshot } },
    });
  });

  it('runs a Put of a new item as PutItem, undone by deleting it', () => {
    const put = { TableName: 'stock', Item: { ...key, stock: { N: '9' } } };
    expect(planWriteAction(writeActionOf({ Put: put }), key, undefined)).toEqual({
      apply: { operation: 'PutItem', body: put },
      undo: { operation: 'DeleteItem', body: { TableName: 'stock', Key: key } },
    });
  });

  it('runs a Delete as DeleteItem; deleting nothing needs no undo', () => {
    const remove = { TableName: 'stock', Key: key };
    expect(planWriteAction(writeActionOf({ Delete: remove }), key, snapshot)).toEqual({
      apply: { operation: 'DeleteItem', body: remove },
      undo: { operation: 'PutItem', body: { TableName: 'stock', Item: snapshot } },
    });
    expect(planWriteAction(writeActionOf({ Delete: remove }), key, undefined)).toEqual({
      apply: { operation: 'DeleteItem', body: remove },
    });
  });
});
