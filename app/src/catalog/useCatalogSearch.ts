import { useSearchParams } from 'react-router';
import { catalogSearchOf } from './catalogSearchOf.js';
import type { CatalogSearch } from './catalogSearchOf.js';

/**
 * The catalog's search as kept in the page's URL, so a search can be shared and the back button works.
 * `update` changes part of it by replacing the query: defaults (no text, all categories, `NEWEST`) are
 * left out of the URL.
 */
export function useCatalogSearch(): {
  readonly search: CatalogSearch;
  readonly update: (change: Partial<CatalogSearch>) => void;
} {
  const [params, setParams] = useSearchParams();
  const search = catalogSearchOf(params);
  const update = (change: Partial<CatalogSearch>): void => {
    const next = { ...search, ...change };
    setParams({
      ...(next.search ? { q: next.search } : {}),
      ...(next.category ? { category: next.category } : {}),
      ...(next.sort !== 'NEWEST' ? { sort: next.sort } : {}),
    });
  };
  return { search, update };
}
