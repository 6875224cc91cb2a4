import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { AttributeDefinition, KeySchemaElement } from '@aws-sdk/client-dynamodb';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import type { TableSpec } from '../../infra/description.js';

export interface LocalDynamo {
  readonly client: DynamoDBClient;
  readonly endpoint: string;
  close(): Promise<void>;
}

/**
 * An in-memory dynalite on a free port with the given tables of the stack description, for tests that
 * need a real DynamoDB engine before the local twin exists.
 */
export async function startDynalite(tables: Readonly<Record<string, TableSpec>>): Promise<LocalDynamo> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  for (const [name, spec] of Object.entries(tables)) await client.send(createTableCommand(name, spec));
  return {
    client,
    endpoint,
    close: async () => {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function createTableCommand(name: string, spec: TableSpec): CreateTableCommand {
  const attributes = new Map<string, AttributeDefinition>();
  const keySchema = (pk: TableSpec['partitionKey'], sk?: TableSpec['sortKey']): KeySchemaElement[] => {
    attributes.set(pk.name, { AttributeName: pk.name, AttributeType: pk.type });
    if (sk) attributes.set(sk.name, { AttributeName: sk.name, AttributeType: sk.type });
    return [
      { AttributeName: pk.name, KeyType: 'HASH' },
      ...(sk ? [{ AttributeName: sk.name, KeyType: 'RANGE' as const }] : []),
    ];
  };
  const KeySchema = keySchema(spec.partitionKey, spec.sortKey);
  const indexes = (spec.indexes ?? []).map((index) => ({
    IndexName: index.name,
    KeySchema: keySchema(index.partitionKey, index.sortKey),
    Projection: { ProjectionType: 'ALL' as const },
  }));
  return new CreateTableCommand({
    TableName: name,
    KeySchema,
    AttributeDefinitions: [...attributes.values()],
    BillingMode: 'PAY_PER_REQUEST',
    ...(indexes.length > 0 && { GlobalSecondaryIndexes: indexes }),
  });
}
