import type { AppConfig } from './AppConfig.js';
import { parseAppConfig } from './parseAppConfig.js';

/** Where the app finds its configuration: same origin, beside `index.html` (twin and CDK alike). */
export const CONFIG_URL = '/config.json';

/**
 * Fetches and checks `/config.json`. Rejects with an Error naming the URL and the HTTP status (the twin
 * answers 503 while it starts), or the fields that are wrong.
 */
export async function loadAppConfig(url: string = CONFIG_URL): Promise<AppConfig> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
  return parseAppConfig(await response.json());
}
