import type { ReactElement, ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useAuth } from '../auth/useAuth.js';
import { StatusMessage } from '../ui/StatusMessage.js';

/**
 * Shows `children` to members of `admins` only: others are asked to sign in, or told the area is for
 * admins. A convenience, not the protection: the API refuses admin operations to anyone else.
 */
export function RequireAdmin({ children }: { children: ReactNode }): ReactElement {
  const auth = useAuth();
  const location = useLocation();
  if (auth.state.status === 'loading') return <StatusMessage>Checking your session…</StatusMessage>;
  if (auth.state.status === 'signedOut')
    return (
      <>
        <h1>Admin</h1>
        <p>
          <Link to="/signin" state={{ from: `${location.pathname}${location.search}` }}>
            Sign in
          </Link>{' '}
          with an admin account to run the shop.
        </p>
      </>
    );
  if (!auth.state.user.isAdmin)
    return (
      <>
        <h1>Admin</h1>
        <p>This area is for the shop&apos;s admins. You are signed in as {auth.state.user.email}.</p>
      </>
    );
  return <>{children}</>;
}
