import type { ReactElement } from 'react';
import { tokenClaims } from './tokenClaims.js';

/**
 * Who a token belongs to, their groups and its expiry, with a sign-out button; a token that cannot be
 * read is reported as such (the API would refuse it too).
 */
export function Identity({ token, onSignOut }: { token: string; onSignOut: () => void }): ReactElement {
  let summary: ReactElement;
  try {
    const claims = tokenClaims(token);
    const expired = claims.expiresAt !== undefined && claims.expiresAt <= Date.now();
    summary = (
      <p className="console-identity" role="status">
        Signed in as <strong>{claims.name}</strong>
        {claims.tokenUse ? ` (${claims.tokenUse} token)` : ''} · groups:{' '}
        <span className="console-groups">{claims.groups.length > 0 ? claims.groups.join(', ') : 'none'}</span>
        {claims.expiresAt !== undefined && (
          <>
            {' '}
            · {expired ? 'expired at' : 'expires at'}{' '}
            <time dateTime={new Date(claims.expiresAt).toISOString()}>
              {new Date(claims.expiresAt).toLocaleTimeString()}
            </time>
          </>
        )}
      </p>
    );
  } catch (error) {
    summary = (
      <p className="console-error" role="alert">
        This token cannot be read: {(error as Error).message}
      </p>
    );
  }
  return (
    <div className="console-row">
      {summary}
      <button type="button" onClick={onSignOut}>
        Sign out
      </button>
    </div>
  );
}
