import type { WireItem, WireRequest } from './wire.js';
import type { WriteAction } from './writeActionOf.js';

/** One single-item request to dynalite. */
export interface ItemCall {
  readonly operation: 'PutItem' | 'UpdateItem' | 'DeleteItem';
  readonly body: WireRequest;
}

/** How the twin performs one action of a transaction, and how it undoes it. */
export interface WritePlan {
  /** Performs the action, evaluating its condition; a failed condition fails this call and writes nothing. */
  readonly apply: ItemCall;
  /** Puts the item back as it was before `apply`; absent when `apply` leaves the item unchanged. */
  readonly undo?: ItemCall;
}

/**
 * Plans one transaction action against the item as it was when the transaction took its lock
 * (`snapshot`, undefined when there was none). Put, Update and Delete run as the single-item request of
 * the same name, condition included. ConditionCheck has no single-item equivalent; it runs as a
 * conditional write that changes nothing: a `PutItem` of the snapshot itself (the same attributes back)
 * when the item exists, a `DeleteItem` when it does not (deleting a missing item is a no-op). Either
 * evaluates the condition with dynalite's own expression engine against the current item, and fails with
 * ConditionalCheckFailedException exactly when the condition is false; no other write can interleave, as
 * the transaction holds the lock.
 */
export function planWriteAction(
  action: WriteAction,
  key: WireItem,
  snapshot: WireItem | undefined,
): WritePlan {
  const undo: ItemCall = snapshot
    ? { operation: 'PutItem', body: { TableName: action.tableName, Item: snapshot } }
    : { operation: 'DeleteItem', body: { TableName: action.tableName, Key: key } };
  switch (action.kind) {
    case 'ConditionCheck': {
      const condition = Object.fromEntries(
        Object.entries(action.request).filter(([member]) => member !== 'Key'),
      );
      return snapshot
        ? { apply: { operation: 'PutItem', body: { ...condition, Item: snapshot } } }
        : { apply: { operation: 'DeleteItem', body: { ...condition, Key: key } } };
    }
    case 'Put':
      return { apply: { operation: 'PutItem', body: action.request }, undo };
    case 'Update':
      return { apply: { operation: 'UpdateItem', body: action.request }, undo };
    case 'Delete':
      return snapshot
        ? { apply: { operation: 'DeleteItem', body: action.request }, undo }
        : { apply: { operation: 'DeleteItem', body: action.request } };
  }
}
