import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDbOptions, DynamoDbService } from './startDynamoDb.js';
import { startDynamoDb } from './startDynamoDb.js';
import { waitUntilActive } from './waitUntilActive.js';

/** A twin for one test file and an SDK client on it. */
export interface TestTwin {
  readonly twin: DynamoDbService;
  readonly client: DynamoDBClient;
  /** Destroys the client and stops the twin. */
  stop(): Promise<void>;
}

/** An SDK client on `endpoint`, configured as the contract tests require. */
export function testClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

/** Starts a twin on a free port (in memory unless `stateDir` is given) with a client on it. */
export async function startTestTwin(options: Partial<DynamoDbOptions> = {}): Promise<TestTwin> {
  const twin = await startDynamoDb({ port: 0, region: 'us-east-1', accountId: '123456789012', ...options });
  const client = testClient(twin.endpoint);
  return {
    twin,
    client,
    stop: async () => {
      client.destroy();
      await twin.stop();
    },
  };
}

/** Creates a table keyed by `pk` (String) and, when `sortKey` is set, `sk` (String), and waits until it is ACTIVE. */
export async function createKeyTable(client: DynamoDBClient, name: string, sortKey = false): Promise<void> {
  await client.send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        ...(sortKey ? [{ AttributeName: 'sk', KeyType: 'RANGE' as const }] : []),
      ],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        ...(sortKey ? [{ AttributeName: 'sk', AttributeType: 'S' as const }] : []),
      ],
    }),
  );
  await waitUntilActive(client, name);
}
