import type { ApolloLink } from '@apollo/client';
import type { AuthOptions } from 'aws-appsync-auth-link';
import { fetchAuthSession } from 'aws-amplify/auth';
import { createSubscriptionHandshakeLink } from 'aws-appsync-subscription-link';
import type { AppConfig } from '../config/AppConfig.js';
import { ensureTextBuffer } from './ensureTextBuffer.js';

/**
 * The link that carries subscriptions over AppSync's real-time WebSocket (aws-appsync-subscription-link),
 * authorized with the signed-in user's current ID token (subscriptions are for signed-in users only).
 * The link derives the socket's address from `config.graphqlUrl` as AppSync defines it: the
 * `appsync-realtime-api` host on AWS, `<graphqlUrl>/realtime` on a custom domain such as the twin's; both
 * are the `realtimeUrl` of `config.json`. Imported on demand (`lazyLink`): the package is large.
 */
export function subscriptionLinkOf(config: AppConfig, http: ApolloLink): ApolloLink {
  ensureTextBuffer();
  const auth: AuthOptions = {
    type: 'AMAZON_COGNITO_USER_POOLS',
    jwtToken: async () => (await fetchAuthSession()).tokens?.idToken?.toString() ?? '',
  };
  return createSubscriptionHandshakeLink({ url: config.graphqlUrl, region: config.region, auth }, http);
}
