import { AwsError } from '../AwsError.js';
import type { Dynalite } from './Dynalite.js';
import type { TimeToLiveStore } from './TimeToLiveStore.js';
import type { TransactionLock } from './TransactionLock.js';
import type { WireItem, WireTable } from './wire.js';

/** What a sweep works with. */
export interface SweepContext {
  readonly dynalite: Dynalite;
  readonly lock: TransactionLock;
  readonly timeToLive: TimeToLiveStore;
  readonly log?: (line: string) => void;
}

// AWS ignores TTL values more than five years in the past (a guard against values in the wrong unit).
const FIVE_YEARS_SECONDS = 5 * 365 * 24 * 60 * 60;

/**
 * Deletes, in every table whose TTL is enabled, the items whose TTL attribute is a Number of epoch
 * seconds earlier than `nowMs` (and not more than five years earlier), and resolves to how many it
 * deleted. Items without the attribute, or with a non-Number value, stay, as on AWS. Each delete is
 * conditional on the item still being expired, and runs under the shared hold of the lock, like any
 * write. Settings left by a table deleted since are forgotten.
 */
export async function sweepExpiredItems(context: SweepContext, nowMs: number = Date.now()): Promise<number> {
  let deleted = 0;
  for (const [tableName, setting] of context.timeToLive.entries()) {
    const table = await describeTable(context.dynalite, tableName);
    if (!table || table.CreationDateTime !== setting.tableCreatedAt) {
      await context.timeToLive.disable(tableName);
      continue;
    }
    const count = await sweepTable(context, table, setting.attributeName, nowMs / 1000);
    if (count > 0) context.log?.(`dynamodb: TTL deleted ${count} expired item(s) from ${tableName}`);
    deleted += count;
  }
  return deleted;
}

async function sweepTable(
  context: SweepContext,
  table: WireTable,
  attribute: string,
  now: number,
): Promise<number> {
  const keyNames = table.KeySchema.map(({ AttributeName }) => AttributeName);
  const names: Record<string, string> = { '#ttl': attribute };
  keyNames.forEach((name, i) => (names[`#k${i}`] = name));
  const expired = '#ttl < :now AND #ttl > :oldest';
  const values = { ':now': { N: String(now) }, ':oldest': { N: String(now - FIVE_YEARS_SECONDS) } };
  let deleted = 0;
  let startKey: WireItem | undefined;
  do {
    const page = await context.dynalite.call<{ Items?: WireItem[]; LastEvaluatedKey?: WireItem }>('Scan', {
      TableName: table.TableName,
      FilterExpression: expired,
      ProjectionExpression: keyNames.map((_, i) => `#k${i}`).join(', '),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ...(startKey && { ExclusiveStartKey: startKey }),
    });
    startKey = page.LastEvaluatedKey;
    const outcomes = await context.lock.with('shared', () =>
      Promise.allSettled(
        (page.Items ?? []).map((key) =>
          context.dynalite.call('DeleteItem', {
            TableName: table.TableName,
            Key: key,
            ConditionExpression: expired,
            ExpressionAttributeNames: { '#ttl': attribute },
            ExpressionAttributeValues: values,
          }),
        ),
      ),
    );
    for (const outcome of outcomes) {
      if (outcome.status === 'fulfilled') deleted += 1;
      // An item given a later expiry since the scan stays.
      else if (!(
        outcome.reason instanceof AwsError && outcome.reason.code === 'ConditionalCheckFailedException'
      )) {
        throw outcome.reason;
      }
    }
  } while (startKey);
  return deleted;
}

async function describeTable(dynalite: Dynalite, name: string): Promise<WireTable | undefined> {
  try {
    return (await dynalite.call<{ Table: WireTable }>('DescribeTable', { TableName: name })).Table;
  } catch (error) {
    if (error instanceof AwsError && error.code === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}
