import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  ScanCommand,
  DescribeTimeToLiveCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { TableSpec } from '../../infra/description.js';
import { createTableInput } from './createTableInput.js';
import { waitUntilActive } from './waitUntilActive.js';

/**
 * Creates the tables of the stack description that do not exist yet (named after their keys in
 * `tables`, with their global secondary indexes), waits until each is ACTIVE, and enables TTL on the
 * `ttlAttribute` of those that have one (switching it over if it is enabled on another attribute).
 * Idempotent: tables that exist are left as they are. Resolves to the names of the tables it created.
 *
 * An index added to the description later cannot be added to an existing table (dynalite has no online
 * index creation): an existing table that lacks one of its indexes is created anew when it is empty, and
 * otherwise the start fails with a message naming the table and the index (`npm run reset` wipes the
 * twin's state).
 */
export async function createTables(
  client: DynamoDBClient,
  tables: Readonly<Record<string, TableSpec>>,
): Promise<readonly string[]> {
  const created: string[] = [];
  for (const [name, spec] of Object.entries(tables)) {
    try {
      await client.send(new CreateTableCommand(createTableInput(name, spec)));
      created.push(name);
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
      if (await recreateWithoutMissingIndexes(client, name, spec)) created.push(name);
    }
    await waitUntilActive(client, name);
    if (spec.ttlAttribute !== undefined) await enableTimeToLive(client, name, spec.ttlAttribute);
  }
  return created;
}

/** Creates `name` anew when it lacks an index of `spec` and is empty; throws when it holds items. */
async function recreateWithoutMissingIndexes(
  client: DynamoDBClient,
  name: string,
  spec: TableSpec,
): Promise<boolean> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: name }));
  const present = new Set((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
  const missing = (spec.indexes ?? []).map((index) => index.name).filter((index) => !present.has(index));
  if (missing.length === 0) return false;
  const { Count } = await client.send(new ScanCommand({ TableName: name, Limit: 1, Select: 'COUNT' }));
  if ((Count ?? 0) > 0) {
    throw new Error(
      `DynamoDB table ${name} lacks the index ${missing.join(', ')} of the stack description and holds ` +
        'items; `npm run reset` wipes the local state',
    );
  }
  await client.send(new DeleteTableCommand({ TableName: name }));
  await waitUntilGone(client, name);
  await client.send(new CreateTableCommand(createTableInput(name, spec)));
  return true;
}

async function waitUntilGone(client: DynamoDBClient, name: string, timeoutMs = 30_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    try {
      await client.send(new DescribeTableCommand({ TableName: name }));
    } catch (error) {
      if (error instanceof ResourceNotFoundException) return;
      throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Table ${name} was not deleted within ${timeoutMs} ms`);
}

async function enableTimeToLive(client: DynamoDBClient, name: string, attribute: string): Promise<void> {
  const { TimeToLiveDescription: current } = await client.send(
    new DescribeTimeToLiveCommand({ TableName: name }),
  );
  if (current?.TimeToLiveStatus === 'ENABLED' && current.AttributeName === attribute) return;
  if (current?.TimeToLiveStatus === 'ENABLED') {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: name,
        TimeToLiveSpecification: { Enabled: false, AttributeName: current.AttributeName },
      }),
    );
  }
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: name,
      TimeToLiveSpecification: { Enabled: true, AttributeName: attribute },
    }),
  );
}
