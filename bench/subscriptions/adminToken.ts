import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { ensureUser } from '../../local/cognito/index.js';
import type { Twin } from '../../local/twin.js';
import { clientConfig } from '../twin/clientConfig.js';

/**
 * The id token of an admin (group `admins`) made in the twin's pool: the `onOrderStatusChanged`
 * resolver sets no user filter for admins, so every subscription of theirs matches every event.
 */
export async function adminToken(twin: Twin): Promise<string> {
  const email = 'bench-admin@example.com';
  const password = 'Bench-Admin-Password-1';
  await ensureUser(twin.services.cognito, { email, password, groups: ['admins'] });
  const cognito = new CognitoIdentityProviderClient(clientConfig(twin.services.cognito.endpoint));
  try {
    const auth = await cognito.send(
      new InitiateAuthCommand({
        ClientId: twin.config.userPoolClientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email, PASSWORD: password },
      }),
    );
    const token = auth.AuthenticationResult?.IdToken;
    if (!token) throw new Error('InitiateAuth of the bench admin gave no IdToken');
    return token;
  } finally {
    cognito.destroy();
  }
}
