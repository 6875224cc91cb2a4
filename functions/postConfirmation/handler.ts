import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import { profileItem } from './profileItem.js';
import { putProfile } from './putProfile.js';
import { CLIENT_CONFIG } from '../lib/sdk/clientConfig.js';

const client = new DynamoDBClient(CLIENT_CONFIG);

/** Cognito post-confirmation trigger: creates the user's profile in the users table. */
export async function handler(event: PostConfirmationTriggerEvent): Promise<PostConfirmationTriggerEvent> {
  const item = profileItem(event, new Date());
  if (item) {
    const table = process.env.USERS_TABLE;
    if (!table) throw new Error('USERS_TABLE is not set');
    await putProfile(client, table, item);
  }
  // Cognito requires the event back; anything else fails the confirmation.
  return event;
}
