/**
 * The part of the twin's `/config.json` (`LocalClientConfig` in `local/twin.ts`) the console uses.
 * A test holds `LocalClientConfig` to this shape.
 */
export interface ConsoleConfig {
  readonly region: string;
  readonly graphqlUrl: string;
  readonly apiKey: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  readonly userPoolEndpoint: string;
}

const FIELDS = [
  'region',
  'graphqlUrl',
  'apiKey',
  'userPoolId',
  'userPoolClientId',
  'userPoolEndpoint',
] as const satisfies readonly (keyof ConsoleConfig)[];

/** Checks a parsed `/config.json`; throws an Error naming every missing or non-string field. */
export function parseConsoleConfig(json: unknown): ConsoleConfig {
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const missing = FIELDS.filter((field) => typeof record[field] !== 'string' || record[field] === '');
  if (missing.length > 0) throw new Error(`The configuration lacks ${missing.join(', ')}`);
  return Object.fromEntries(FIELDS.map((field) => [field, record[field]])) as unknown as ConsoleConfig;
}
