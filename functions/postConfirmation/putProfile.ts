import { ConditionalCheckFailedException, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { ProfileItem } from './profileItem.js';

/**
 * Writes the profile unless one exists for the same id, so a retried trigger never overwrites a
 * profile the user has edited since. Resolves to whether it wrote.
 */
export async function putProfile(
  client: DynamoDBClient,
  tableName: string,
  item: ProfileItem,
): Promise<boolean> {
  try {
    await client.send(
      new PutItemCommand({
        TableName: tableName,
        Item: marshall(item),
        ConditionExpression: 'attribute_not_exists(id)',
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
