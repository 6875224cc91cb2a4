import { useCallback, useState } from 'react';
import { API_KEY_AUTHORIZATION } from './authorization.js';
import type { Authorization } from './authorization.js';

const STORAGE_KEY = 'shopsync-console-authorization';

/**
 * The console's authorization, kept in `sessionStorage` so a reload keeps the sign-in while closing the
 * tab forgets it. Starts with the API key.
 */
export function useAuthorization(): readonly [Authorization, (next: Authorization) => void] {
  const [authorization, setState] = useState<Authorization>(stored);
  const set = useCallback((next: Authorization) => {
    setState(next);
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage can be disabled (private windows, policies): the choice then lasts until reload.
    }
  }, []);
  return [authorization, set] as const;
}

function stored(): Authorization {
  try {
    const value = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<Authorization> | null;
    if (value && (value.mode === 'apiKey' || value.mode === 'userPool' || value.mode === 'token'))
      return {
        mode: value.mode,
        ...(typeof value.userPoolToken === 'string' ? { userPoolToken: value.userPoolToken } : {}),
        ...(typeof value.pastedToken === 'string' ? { pastedToken: value.pastedToken } : {}),
      };
  } catch {
    // Unreadable storage or JSON: start over with the API key.
  }
  return API_KEY_AUTHORIZATION;
}
