import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';

/** Whom an email goes to: an address, and the name to greet them by (null: none given). */
export interface Recipient {
  readonly email: string;
  readonly name: string | null;
}

/**
 * Looks up a shopper's address in the users table (`USERS_TABLE`, the profile the post-confirmation
 * trigger writes: `id` = the Cognito `sub`, `email`, and `name` once given). Resolves to null when no
 * profile, or no email in it, is stored (an account an admin created has none). DynamoDB faults reject.
 */
export function shopperAddress(client: DynamoDBClient, usersTable: string) {
  return async (userId: string): Promise<Recipient | null> => {
    const { Item } = await client.send(
      new GetItemCommand({
        TableName: usersTable,
        Key: { id: { S: userId } },
        // `name` is a DynamoDB reserved word.
        ProjectionExpression: 'email, #name',
        ExpressionAttributeNames: { '#name': 'name' },
      }),
    );
    if (!Item) return null;
    const { email, name } = unmarshall(Item) as { email?: unknown; name?: unknown };
    if (typeof email !== 'string' || email === '') return null;
    return { email, name: typeof name === 'string' && name.trim() !== '' ? name.trim() : null };
  };
}
