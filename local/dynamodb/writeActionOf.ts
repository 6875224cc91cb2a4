import { AwsError } from '../AwsError.js';

/** The four actions of a `TransactWriteItems` member. */
export type WriteKind = 'ConditionCheck' | 'Put' | 'Update' | 'Delete';

/** One action of a transaction, as the twin runs it. */
export interface WriteAction {
  readonly kind: WriteKind;
  readonly tableName: string;
  /**
   * The action's members without `ReturnValuesOnConditionCheckFailure`: for Put, Update and Delete, the
   * body of the single-item request (`PutItem`, `UpdateItem`, `DeleteItem`) that performs it.
   */
  readonly request: Readonly<Record<string, unknown>>;
  /** `ReturnValuesOnConditionCheckFailure: ALL_OLD`: a failed condition reports the item as it was. */
  readonly returnOldOnFailure: boolean;
}

const KINDS: readonly WriteKind[] = ['ConditionCheck', 'Put', 'Update', 'Delete'];

/**
 * Reads one validated `TransactItems` member. A member naming no action, or more than one, is refused
 * with AWS's ValidationException.
 */
export function writeActionOf(member: Readonly<Record<string, unknown>>): WriteAction {
  const present = KINDS.filter((kind) => member[kind] !== undefined);
  const kind = present[0];
  if (present.length !== 1 || kind === undefined) {
    throw new AwsError(
      'ValidationException',
      'TransactItems can only contain one of Check, Put, Update or Delete',
    );
  }
  const { ReturnValuesOnConditionCheckFailure, ...request } = member[kind] as Record<string, unknown>;
  return {
    kind,
    tableName: request.TableName as string,
    request,
    returnOldOnFailure: ReturnValuesOnConditionCheckFailure === 'ALL_OLD',
  };
}
