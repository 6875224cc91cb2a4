import { useContext } from 'react';
import type { Auth } from './Auth.js';
import { AuthContext } from './AuthContext.js';

/** The session and sign-in operations. Throws when the component is not inside `AuthProvider`. */
export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth() must be called inside <AuthProvider>');
  return auth;
}
