import { BatchGetItemCommand, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { AttributeValue, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { invariant } from '../lib/invariant.js';
import type { ReportStore } from './ReportStore.js';
import type { StoredReport } from './StoredReport.js';

/** BatchGetItem takes at most 100 keys per call. */
const BATCH_KEYS = 100;
/** Rounds for the keys a BatchGetItem leaves unprocessed (throttling), with a growing pause between them. */
const ROUNDS = 5;

/**
 * The `salesReports` table as a `ReportStore`: PutItem, GetItem (strongly consistent, so a report just
 * stored is read back) and BatchGetItem for a range of days, which fits one call (a range is at most 92
 * days); keys DynamoDB leaves unprocessed are asked again, and still missing after five rounds fail the
 * call rather than silently shorten the list.
 */
export function dynamoReportStore(client: DynamoDBClient, tableName: string): ReportStore {
  return {
    async put(report) {
      await client.send(
        new PutItemCommand({ TableName: tableName, Item: marshall(report, { removeUndefinedValues: true }) }),
      );
    },
    async get(date) {
      const { Item } = await client.send(
        new GetItemCommand({ TableName: tableName, Key: { date: { S: date } }, ConsistentRead: true }),
      );
      return Item ? (unmarshall(Item) as StoredReport) : null;
    },
    async getMany(dates) {
      invariant(dates.length <= BATCH_KEYS, `getMany takes at most ${BATCH_KEYS} dates`);
      const found: StoredReport[] = [];
      let keys: Record<string, AttributeValue>[] = dates.map((date) => ({ date: { S: date } }));
      for (let round = 0; keys.length > 0; round += 1) {
        if (round === ROUNDS)
          throw new Error(`DynamoDB left ${keys.length} report(s) unread after ${ROUNDS} rounds`);
        if (round > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** round));
        const { Responses, UnprocessedKeys } = await client.send(
          new BatchGetItemCommand({ RequestItems: { [tableName]: { Keys: keys, ConsistentRead: true } } }),
        );
        found.push(...(Responses?.[tableName] ?? []).map((item) => unmarshall(item) as StoredReport));
        keys = UnprocessedKeys?.[tableName]?.Keys ?? [];
      }
      return found;
    },
  };
}
