import type { ReactElement } from 'react';
import { useState } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import { useProfile } from '../account/useProfile.js';
import { useAuth } from '../auth/useAuth.js';
import { CartLink } from '../cart/CartLink.js';
import { ErrorAlert } from './ErrorAlert.js';

/**
 * The frame of every page: a skip link, the header with navigation, the cart and the session (the user
 * by the name in their profile, linking to their account), the page, a footer. The header fits a phone
 * in two rows.
 */
export function Layout(): ReactElement {
  const auth = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError>();
  const signOut = (): void => {
    setError(undefined);
    auth.signOut().then(
      () => void navigate('/'),
      (failure: unknown) => setError(apiErrorOf(failure)),
    );
  };
  const user = auth.state.status === 'signedIn' ? auth.state.user : undefined;
  const { profile, loading } = useProfile();
  // The ID token carries no name on every pool (the local one has none): the profile's is the one shown.
  const name = profile?.name ?? user?.name ?? (loading ? '' : user?.email);
  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          ShopSync
        </Link>
        <nav aria-label="Main" className="main-nav">
          <NavLink to="/" end>
            Catalog
          </NavLink>
          {user && <NavLink to="/orders">Orders</NavLink>}
          {user?.isAdmin && <NavLink to="/admin">Admin</NavLink>}
        </nav>
        <div className="session">
          <CartLink />
          {auth.state.status === 'signedOut' && (
            <>
              <NavLink to="/signin">Sign in</NavLink>
              <NavLink to="/signup">Sign up</NavLink>
            </>
          )}
          {user && (
            <>
              <span className="session-user">
                <span className="session-prefix">Signed in as </span>
                <NavLink to="/account" title="Your account">
                  {name}
                </NavLink>
              </span>
              <button type="button" className="secondary" onClick={signOut}>
                Sign out
              </button>
            </>
          )}
        </div>
      </header>
      {error && <ErrorAlert error={error} />}
      <main id="content" className="page" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>ShopSync, a serverless shop on AWS AppSync.</p>
      </footer>
    </>
  );
}
