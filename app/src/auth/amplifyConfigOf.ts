import type { ResourcesConfig } from 'aws-amplify';
import type { AppConfig } from '../config/AppConfig.js';

/**
 * Amplify's configuration for the shop's user pool: email as the username, and the local pool's endpoint
 * only when the configuration names one (on AWS, Amplify derives the endpoint from the pool's region).
 */
export function amplifyConfigOf(config: AppConfig): ResourcesConfig {
  return {
    Auth: {
      Cognito: {
        userPoolId: config.userPoolId,
        userPoolClientId: config.userPoolClientId,
        ...(config.userPoolEndpoint ? { userPoolEndpoint: config.userPoolEndpoint } : {}),
        loginWith: { email: true },
      },
    },
  };
}
