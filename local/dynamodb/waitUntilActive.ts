import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/**
 * Resolves once table `name` and its global secondary indexes are ACTIVE. Like AWS, the twin answers
 * ResourceNotFoundException to item requests on a table still CREATING (for dynalite, until the next
 * turn of the event loop), so a caller that writes right after CreateTable waits here first.
 */
export async function waitUntilActive(
  client: DynamoDBClient,
  name: string,
  timeoutMs = 30_000,
): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: name }));
    const indexes = Table?.GlobalSecondaryIndexes ?? [];
    if (Table?.TableStatus === 'ACTIVE' && indexes.every((index) => index.IndexStatus === 'ACTIVE')) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Table ${name} did not become ACTIVE within ${timeoutMs} ms`);
}
