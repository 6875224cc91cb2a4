import type { ClientConfig } from '../../../infra/clientConfig.js';

/**
 * What the app reads from `/config.json`: the deployed `ClientConfig` (CDK writes it next to the app), and,
 * when the local twin serves it, the user pool's endpoint and the mailbox page that shows emailed codes.
 */
export interface AppConfig extends Pick<
  ClientConfig,
  | 'region'
  | 'graphqlUrl'
  | 'apiKey'
  | 'userPoolId'
  | 'userPoolClientId'
  | 'authFlow'
  | 'currency'
  | 'timeZone'
> {
  /** The local user pool's endpoint; absent on AWS, where Amplify derives it from the region. */
  readonly userPoolEndpoint?: string;
  /** The local mailbox page (every email the twin sent); absent on AWS. */
  readonly mailboxUrl?: string;
}
