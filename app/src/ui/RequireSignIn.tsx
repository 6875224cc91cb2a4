import type { ReactElement, ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from '../auth/useAuth.js';
import { StatusMessage } from './StatusMessage.js';

/**
 * Shows `children` to a signed-in user; a guest goes to sign in and comes back here after. `what` ends
 * the sentence that says why ("Sign in to see your orders").
 */
export function RequireSignIn({ what, children }: { what: string; children: ReactNode }): ReactElement {
  const auth = useAuth();
  const location = useLocation();
  if (auth.state.status === 'loading') return <StatusMessage>Loading…</StatusMessage>;
  if (auth.state.status === 'signedOut')
    return (
      <Navigate
        to="/signin"
        replace
        state={{ from: `${location.pathname}${location.search}`, notice: `Sign in to ${what}.` }}
      />
    );
  return <>{children}</>;
}
