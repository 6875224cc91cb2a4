import type { ReactElement } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from './useDocumentTitle.js';

/** The page for an address the app does not know. */
export function NotFoundPage(): ReactElement {
  useDocumentTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        Nothing lives at this address. <Link to="/">Go to the catalog</Link>
      </p>
    </>
  );
}
