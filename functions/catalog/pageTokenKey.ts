import { createHmac } from 'node:crypto';

/**
 * The key that signs `nextToken`s, derived from the database secret's ARN (`DB_SECRET_ARN`) and a constant.
 *
 * Why not a secret of its own: a page token only says where the previous page ended, inside a query the
 * caller may run anyway, and every value in it is bound as a SQL parameter. Forging one can at worst start
 * a page at a made-up position of the public catalog; the MAC is there so that tokens stay opaque and a
 * foreign one (another query, another deployment) is refused clearly. For that, a key that clients never
 * see is enough: the secret ARN (account id, region and a random suffix) is never returned by the API, and
 * it differs per deployment. A dedicated Secrets Manager secret would add a call per cold start and a
 * resource to rotate for no gain in what a forged token can do; if tokens ever carry something worth
 * protecting, read the key from Secrets Manager here and nothing else changes.
 */
export function pageTokenKey(secretArn: string): Buffer {
  return createHmac('sha256', 'shopsync/catalog/page-token/v1').update(secretArn).digest();
}
