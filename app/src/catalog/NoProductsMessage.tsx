import type { ReactElement } from 'react';
import { Link } from 'react-router';
import { StatusMessage } from '../ui/StatusMessage.js';
import type { CatalogSearch } from './catalogSearchOf.js';

/**
 * What the catalog says when it has no product to show: none match the search or category (with a link
 * that clears them), or the catalog is empty.
 */
export function NoProductsMessage({ search }: { search: CatalogSearch }): ReactElement {
  const filtered = search.search !== '' || search.category !== '';
  return (
    <StatusMessage>
      {filtered ? (
        <>
          No products match {search.search && <>“{search.search}”</>}
          {search.search && search.category && ' in '}
          {search.category}. <Link to="/">Clear the search</Link>
        </>
      ) : (
        'The catalog is empty.'
      )}
    </StatusMessage>
  );
}
