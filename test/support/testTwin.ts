import {
  CreateTableCommand,
  DeleteTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  paginateListTables,
} from '@aws-sdk/client-dynamodb';
import { randomBytes } from 'node:crypto';
import type { DynamoDbOptions, DynamoDbService } from '../../local/dynamodb/startDynamoDb.js';
import { startDynamoDb } from '../../local/dynamodb/startDynamoDb.js';
import { waitUntilActive } from '../../local/dynamodb/waitUntilActive.js';
import { LOCAL_CREDENTIALS } from '../../local/localAws.js';

/**
 * The DynamoDB engine the contract suite runs against instead of the twin, from
 * `SHOPSYNC_DYNAMODB_ENDPOINT` (set by `scripts/dynamodb-local-crosscheck.sh` to Amazon's DynamoDB Local);
 * undefined runs each test file on a twin of its own.
 */
export const externalEndpoint: string | undefined = process.env.SHOPSYNC_DYNAMODB_ENDPOINT || undefined;

/** Whether the suite runs against an external engine: tests of twin-only machinery skip then. */
export const external = externalEndpoint !== undefined;

/** A twin for one test file, or the external engine, and an SDK client on it. */
export interface TestTwin {
  /** The twin itself; throws against an external engine, where the tests that need it skip. */
  readonly twin: DynamoDbService;
  readonly client: DynamoDBClient;
  /**
   * Destroys the client and stops the twin. Against an external engine, deletes instead the tables this
   * test file named with {@link uniqueTableName}, since the engine outlives the file.
   */
  stop(): Promise<void>;
}

/** An SDK client on `endpoint`, configured as the contract tests require. */
export function testClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
}

// Test files run at once on one external engine: each names its tables apart from the others'.
const FILE_TAG = randomBytes(4).toString('hex');
const named = new Set<string>();

/**
 * A table name for `base` that no other call, in this test file or any other, gets:
 * `<base>-<file tag>-<n>`. Call it once per table and keep the name.
 */
export function uniqueTableName(base: string): string {
  const name = `${base}-${FILE_TAG}-${named.size + 1}`;
  named.add(name);
  return name;
}

/**
 * Starts a twin on a free port (in memory unless `stateDir` is given) with a client on it; against an
 * external engine, only the client, and twin options are a mistake of the test (it should skip there).
 */
export async function startTestTwin(options: Partial<DynamoDbOptions> = {}): Promise<TestTwin> {
  if (externalEndpoint !== undefined) {
    if (Object.keys(options).length > 0) {
      throw new Error(
        `Twin options (${Object.keys(options).join(', ')}) need the twin: skip the test if external`,
      );
    }
    return externalTestTwin(externalEndpoint);
  }
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

function externalTestTwin(endpoint: string): TestTwin {
  const client = testClient(endpoint);
  return {
    get twin(): DynamoDbService {
      throw new Error(`No twin: the suite runs against ${endpoint}; skip this test if external`);
    },
    client,
    stop: async () => {
      try {
        for await (const page of paginateListTables({ client }, {})) {
          for (const name of page.TableNames ?? []) {
            if (named.has(name)) await deleteTable(client, name);
          }
        }
      } finally {
        client.destroy();
      }
    },
  };
}

async function deleteTable(client: DynamoDBClient, name: string): Promise<void> {
  try {
    await client.send(new DeleteTableCommand({ TableName: name }));
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
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
