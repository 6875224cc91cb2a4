/**
 * The app's runtime configuration, `config.json`. CDK writes it next to the app from the stack outputs;
 * the local twin serves the same shape at `GET /config.json`. The app reads nothing else.
 */
export interface ClientConfig {
  readonly region: string;
  readonly graphqlUrl: string;
  readonly realtimeUrl: string;
  /** The public API key guests and integrators use for catalog reads; not a secret. */
  readonly apiKey: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  /** SRP on AWS; the local pool signs in with USER_PASSWORD_AUTH. */
  readonly authFlow: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH';
  /** The shop's currency (ISO 4217), `settings.currency` of the stack description. */
  readonly currency: string;
  /** The shop's time zone (IANA), `settings.timeZone` of the stack description: dates are shown in it. */
  readonly timeZone: string;
}
