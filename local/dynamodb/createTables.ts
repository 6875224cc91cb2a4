import {
  CreateTableCommand,
  DescribeTimeToLiveCommand,
  ResourceInUseException,
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
 * An index added to the description later is not added to an existing table (dynalite cannot): wipe the
 * twin's state to get it.
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
    }
    await waitUntilActive(client, name);
    if (spec.ttlAttribute !== undefined) await enableTimeToLive(client, name, spec.ttlAttribute);
  }
  return created;
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
