import type { AppConfig } from './AppConfig.js';

const REQUIRED = [
  'region',
  'graphqlUrl',
  'apiKey',
  'userPoolId',
  'userPoolClientId',
  'authFlow',
  'currency',
  'timeZone',
] as const satisfies readonly (keyof AppConfig)[];
const OPTIONAL = ['userPoolEndpoint', 'mailboxUrl'] as const satisfies readonly (keyof AppConfig)[];
const AUTH_FLOWS: readonly string[] = [
  'USER_SRP_AUTH',
  'USER_PASSWORD_AUTH',
] satisfies AppConfig['authFlow'][];

/**
 * Checks a parsed `/config.json` and keeps the fields the app uses. Throws an Error naming every missing,
 * empty or mistyped field, so a broken deployment says what to fix instead of failing later.
 *
 * @example
 * parseAppConfig({ region: 'us-east-1', graphqlUrl: 'http://localhost:4000/graphql', ... })
 */
export function parseAppConfig(json: unknown): AppConfig {
  const record: Record<string, unknown> =
    typeof json === 'object' && json !== null && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : {};
  const isText = (field: string): boolean => typeof record[field] === 'string' && record[field] !== '';
  const problems = [
    ...REQUIRED.filter((field) => !isText(field)).map((field) => `${field} is missing`),
    ...OPTIONAL.filter((field) => field in record && !isText(field)).map(
      (field) => `${field} must be a non-empty string`,
    ),
  ];
  if (isText('authFlow') && !AUTH_FLOWS.includes(record.authFlow as string))
    problems.push(`authFlow must be ${AUTH_FLOWS.join(' or ')}`);
  if (problems.length > 0) throw new Error(`The shop's configuration is invalid: ${problems.join('; ')}`);
  const present = [...REQUIRED, ...OPTIONAL.filter((field) => field in record)];
  return Object.fromEntries(present.map((field) => [field, record[field]])) as unknown as AppConfig;
}
