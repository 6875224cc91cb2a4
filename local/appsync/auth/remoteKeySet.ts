import { createRemoteJWKSet } from 'jose';

type KeySet = ReturnType<typeof createRemoteJWKSet>;

const keySets = new Map<string, KeySet>();

/**
 * The signing keys published at `jwksUrl`, fetched on first use and cached (jose refetches when a token
 * names an unknown `kid`). The only I/O of authentication.
 */
export function remoteKeySet(jwksUrl: string): KeySet {
  let keySet = keySets.get(jwksUrl);
  if (!keySet) {
    keySet = createRemoteJWKSet(new URL(jwksUrl));
    keySets.set(jwksUrl, keySet);
  }
  return keySet;
}
