import { AwsError } from '../AwsError.js';
import type { Dynalite } from './Dynalite.js';
import { planWriteAction } from './planWriteAction.js';
import {
  describeTimeToLiveRules,
  transactGetItemsRules,
  transactWriteItemsRules,
  updateTimeToLiveRules,
} from './requestRules.js';
import { targetKey } from './targetKey.js';
import type { Target } from './targetKey.js';
import type { TimeToLiveStore } from './TimeToLiveStore.js';
import type { TransactionLock } from './TransactionLock.js';
import { checkItemRequest, validateRequest } from './validateRequest.js';
import type { ValidatedOperation } from './validateRequest.js';
import type { WireItem, WireRequest, WireTable } from './wire.js';
import { writeActionOf } from './writeActionOf.js';
import type { WriteAction, WriteKind } from './writeActionOf.js';

/** One entry of `TransactionCanceledException.CancellationReasons`. */
export interface CancellationReason {
  readonly Code: 'None' | 'ConditionalCheckFailed' | 'ValidationError';
  readonly Message?: string;
  readonly Item?: WireItem;
}

// The dynalite validator whose request-level checks each transaction action must pass.
const VALIDATOR: Readonly<Record<WriteKind, ValidatedOperation>> = {
  ConditionCheck: 'deleteItem',
  Put: 'putItem',
  Update: 'updateItem',
  Delete: 'deleteItem',
};

/**
 * The DynamoDB operations dynalite lacks, one method per operation, each taking the parsed JSON request
 * body and resolving to the response body, or rejecting with the {@link AwsError} AWS answers.
 * Transactions run under the exclusive hold of the twin's {@link TransactionLock}, on dynalite's
 * single-item operations.
 */
export class DynamoDbProvider {
  constructor(
    private readonly dynalite: Dynalite,
    private readonly lock: TransactionLock,
    private readonly timeToLive: TimeToLiveStore,
  ) {}

  /**
   * `TransactWriteItems`: all the actions or none. Under the lock the twin snapshots every target item,
   * then performs every action as its single-item request, condition included (see `planWriteAction`).
   * If any fails, the ones that succeeded are undone from the snapshots and the answer is
   * TransactionCanceledException with one reason per action, in request order. `ClientRequestToken` is
   * validated but not remembered: a retried request runs again.
   */
  async transactWriteItems(body: unknown): Promise<WireRequest> {
    const request = validateRequest(body, transactWriteItemsRules);
    // AWS checks each action's expressions, in order, before it looks any table up.
    const actions = (request.TransactItems as Record<string, unknown>[]).map((member) => {
      const action = writeActionOf(member);
      checkItemRequest(VALIDATOR[action.kind], action.request);
      return action;
    });
    await this.lock.with('exclusive', () => this.runWrites(actions));
    return {};
  }

  /**
   * `TransactGetItems`: the items read together under the lock, so that no write lands between two of
   * them; `Responses` in request order, `{}` for an item that does not exist.
   */
  async transactGetItems(body: unknown): Promise<WireRequest> {
    const request = validateRequest(body, transactGetItemsRules);
    const gets = (request.TransactItems as { Get: Record<string, unknown> }[]).map(({ Get }) => {
      checkItemRequest('getItem', Get);
      return Get;
    });
    return this.lock.with('exclusive', async () => {
      const tables = await this.describeTables(gets.map((get) => get.TableName as string));
      const targets = gets.map((get) =>
        targetKey('key', get.Key as WireItem, tableOf(tables, get.TableName)),
      );
      refuseInvalid(targets);
      const found = await Promise.all(
        gets.map((get) =>
          this.dynalite.call<{ Item?: WireItem }>('GetItem', { ...get, ConsistentRead: true }),
        ),
      );
      return { Responses: found.map(({ Item }) => (Item ? { Item } : {})) };
    });
  }

  /**
   * `UpdateTimeToLive`: enables or disables TTL on a table and echoes the specification. Like AWS it is
   * not idempotent: enabling an enabled TTL or disabling a disabled one is a ValidationException, and so
   * is enabling or disabling another attribute than the enabled one. The change takes effect at once
   * (AWS: up to an hour, during which it refuses further changes; the twin does not).
   */
  async updateTimeToLive(body: unknown): Promise<WireRequest> {
    const request = validateRequest(body, updateTimeToLiveRules);
    const tableName = request.TableName as string;
    const specification = request.TimeToLiveSpecification as { AttributeName: string; Enabled: boolean };
    const table = await this.describeTable(tableName);
    const current = this.timeToLive.get(tableName, table.CreationDateTime);
    // AWS names the enabled attribute; DynamoDB Local stops after "AttributeName".
    if (current && current.attributeName !== specification.AttributeName) {
      throw new AwsError(
        'ValidationException',
        `TimeToLive is active on a different AttributeName: current AttributeName is ${current.attributeName}`,
      );
    }
    if (specification.Enabled) {
      if (current) throw new AwsError('ValidationException', 'TimeToLive is already enabled');
      await this.timeToLive.enable(tableName, {
        attributeName: specification.AttributeName,
        tableCreatedAt: table.CreationDateTime,
      });
    } else {
      if (!current) throw new AwsError('ValidationException', 'TimeToLive is already disabled');
      await this.timeToLive.disable(tableName);
    }
    return {
      TimeToLiveSpecification: { AttributeName: specification.AttributeName, Enabled: specification.Enabled },
    };
  }

  /** `DescribeTimeToLive`: `ENABLED` with the attribute name, or `DISABLED` without one. */
  async describeTimeToLive(body: unknown): Promise<WireRequest> {
    const request = validateRequest(body, describeTimeToLiveRules);
    const tableName = request.TableName as string;
    const table = await this.describeTable(tableName);
    const current = this.timeToLive.get(tableName, table.CreationDateTime);
    return {
      TimeToLiveDescription: current
        ? { TimeToLiveStatus: 'ENABLED', AttributeName: current.attributeName }
        : { TimeToLiveStatus: 'DISABLED' },
    };
  }

  private async runWrites(actions: readonly WriteAction[]): Promise<void> {
    const tables = await this.describeTables(actions.map((action) => action.tableName));
    const targets = actions.map((action) =>
      action.kind === 'Put'
        ? targetKey('item', action.request.Item as WireItem, tableOf(tables, action.tableName))
        : targetKey('key', action.request.Key as WireItem, tableOf(tables, action.tableName)),
    );
    const keys = refuseInvalid(targets);
    const snapshots = await Promise.all(
      actions.map(async ({ tableName }, i) => {
        const { Item } = await this.dynalite.call<{ Item?: WireItem }>('GetItem', {
          TableName: tableName,
          Key: keys[i],
          ConsistentRead: true,
        });
        return Item;
      }),
    );
    const plans = actions.map((action, i) => planWriteAction(action, keys[i] as WireItem, snapshots[i]));
    const outcomes = await Promise.allSettled(
      plans.map(({ apply }) => this.dynalite.call(apply.operation, apply.body)),
    );
    if (outcomes.every((outcome) => outcome.status === 'fulfilled')) return;
    await Promise.all(
      plans.flatMap(({ undo }, i) =>
        undo && outcomes[i]?.status === 'fulfilled' ? [this.dynalite.call(undo.operation, undo.body)] : [],
      ),
    );
    throw cancelled(
      outcomes.map((outcome, i) => {
        if (outcome.status === 'fulfilled') return { Code: 'None' };
        const error: unknown = outcome.reason;
        const snapshot = snapshots[i];
        if (error instanceof AwsError && error.code === 'ConditionalCheckFailedException') {
          return {
            Code: 'ConditionalCheckFailed',
            Message: 'The conditional request failed',
            ...(actions[i]?.returnOldOnFailure && snapshot && { Item: snapshot }),
          };
        }
        // Errors that depend on the stored item (an ADD to a string, a key attribute in SET, an item grown
        // past 400 KB) cancel the transaction on AWS rather than refuse the request.
        if (error instanceof AwsError && error.code === 'ValidationException') {
          return { Code: 'ValidationError', Message: error.message };
        }
        throw error;
      }),
    );
  }

  private async describeTables(names: readonly string[]): Promise<ReadonlyMap<string, WireTable>> {
    const distinct = [...new Set(names)];
    const tables = await Promise.all(
      distinct.map((name) =>
        this.describeTable(name).catch((error: unknown) => {
          // Inside a transaction AWS does not name the missing table.
          if (error instanceof AwsError && error.code === 'ResourceNotFoundException') {
            throw new AwsError('ResourceNotFoundException', 'Requested resource not found');
          }
          throw error;
        }),
      ),
    );
    return new Map(tables.map((table) => [table.TableName, table]));
  }

  private async describeTable(name: string): Promise<WireTable> {
    const { Table } = await this.dynalite.call<{ Table: WireTable }>('DescribeTable', { TableName: name });
    return Table;
  }
}

function tableOf(tables: ReadonlyMap<string, WireTable>, name: unknown): WireTable {
  const table = tables.get(name as string);
  if (!table) throw new Error(`Table ${String(name)} was not described`);
  return table;
}

/**
 * The keys of the targets, in order, once no two target the same item (a ValidationException) and every
 * key fits its table (else a TransactionCanceledException with `ValidationError` for the misfits).
 */
function refuseInvalid(targets: readonly Target[]): readonly WireItem[] {
  const identities = targets.flatMap((target) => (target.key ? [target.identity] : []));
  if (new Set(identities).size !== identities.length) {
    throw new AwsError(
      'ValidationException',
      'Transaction request cannot include multiple operations on one item',
    );
  }
  if (targets.some((target) => target.invalid !== undefined)) {
    throw cancelled(
      targets.map((target) =>
        target.invalid === undefined
          ? { Code: 'None' }
          : { Code: 'ValidationError', Message: target.invalid },
      ),
    );
  }
  return targets.map((target) => target.key as WireItem);
}

function cancelled(reasons: readonly CancellationReason[]): AwsError {
  const message = `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons
    .map((reason) => reason.Code)
    .join(', ')}]`;
  // AWS names this exception's message `Message`, a modelled member the SDK reads into `error.Message`.
  return new AwsError('TransactionCanceledException', message, 400, {
    Message: message,
    CancellationReasons: reasons,
  });
}
