import type { ReactElement } from 'react';
import { useState } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import { useAuth } from '../auth/useAuth.js';
import { ErrorAlert } from './ErrorAlert.js';

/** The frame of every page: a skip link, the header with navigation and the session, the page, a footer. */
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
          {user?.isAdmin && <NavLink to="/admin">Admin</NavLink>}
        </nav>
        <div className="session">
          {auth.state.status === 'signedOut' && (
            <>
              <NavLink to="/signin">Sign in</NavLink>
              <NavLink to="/signup">Sign up</NavLink>
            </>
          )}
          {user && (
            <>
              <span className="session-user">Signed in as {user.name ?? user.email}</span>
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
