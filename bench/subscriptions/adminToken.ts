import { ensureUser } from '../../local/cognito/index.js';
import type { Twin } from '../../local/twin.js';
import { signInUser } from '../../test/support/twinClients.js';

/**
 * The id token of an admin (group `admins`) made in the twin's pool: the `onOrderStatusChanged`
 * resolver sets no user filter for admins, so every subscription of theirs matches every event.
 */
export async function adminToken(twin: Twin): Promise<string> {
  const email = 'bench-admin@example.com';
  const password = 'Bench-Admin-Password-1';
  await ensureUser(twin.services.cognito, { email, password, groups: ['admins'] });
  return signInUser(twin, email, password);
}
