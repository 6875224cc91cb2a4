import type { ProductSort } from '../gql/graphql.js';

/** The catalog's search, category and order, as kept in the page's URL (`?q=&category=&sort=`). */
export interface CatalogSearch {
  /** Text to find in names and SKUs; '' for none. */
  readonly search: string;
  /** Exact category name; '' for all. */
  readonly category: string;
  readonly sort: ProductSort;
}

/** The orders the catalog offers, with their labels, the API's default first. */
export const SORTS: readonly { readonly value: ProductSort; readonly label: string }[] = [
  { value: 'NEWEST', label: 'Newest first' },
  { value: 'PRICE_ASC', label: 'Price, low to high' },
  { value: 'PRICE_DESC', label: 'Price, high to low' },
  { value: 'NAME', label: 'Name, A to Z' },
];

/** The API's limit on `ProductFilter.search` and `category` (1 to 100 characters). */
export const FILTER_MAX_LENGTH = 100;

/**
 * The search a URL's query asks for. Text is trimmed and cut to the API's 100 characters, an unknown sort
 * falls back to `NEWEST`, so a hand-edited URL never makes the API answer `ValidationError`.
 *
 * @example
 * catalogSearchOf(new URLSearchParams('q=lamp&sort=NAME')) // => { search: 'lamp', category: '', sort: 'NAME' }
 */
export function catalogSearchOf(params: URLSearchParams): CatalogSearch {
  const text = (name: string): string => (params.get(name) ?? '').trim().slice(0, FILTER_MAX_LENGTH);
  const sort = SORTS.find((option) => option.value === params.get('sort'))?.value ?? 'NEWEST';
  return { search: text('q'), category: text('category'), sort };
}
