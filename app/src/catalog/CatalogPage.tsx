import { useId } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { StatusMessage } from '../ui/StatusMessage.js';
import { useDocumentTitle } from '../ui/useDocumentTitle.js';
import { catalogSearchOf, FILTER_MAX_LENGTH, SORTS } from './catalogSearchOf.js';
import type { CatalogSearch } from './catalogSearchOf.js';
import { ProductCard } from './ProductCard.js';
import { useCatalogProducts } from './useCatalogProducts.js';
import { useCategories } from './useCategories.js';

/**
 * The catalog: a search box, a category filter and an order, kept in the URL (so a search can be shared
 * and the back button works), and the matching products with "Load more".
 */
export function CatalogPage(): ReactElement {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const search = catalogSearchOf(params);
  const { categories } = useCategories();
  const catalog = useCatalogProducts(search);
  useDocumentTitle(search.search ? `“${search.search}”` : 'Catalog');

  const update = (change: Partial<CatalogSearch>): void => {
    const next = { ...search, ...change };
    setParams({
      ...(next.search ? { q: next.search } : {}),
      ...(next.category ? { category: next.category } : {}),
      ...(next.sort !== 'NEWEST' ? { sort: next.sort } : {}),
    });
  };
  const submitSearch = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const text = new FormData(event.currentTarget).get('q');
    update({ search: typeof text === 'string' ? text.trim() : '' });
  };
  const filtered = search.search !== '' || search.category !== '';

  return (
    <>
      <h1>Catalog</h1>
      <div className="toolbar">
        {/* A new key resets the box when the URL's search changes (back button, "Clear"). */}
        <form
          role="search"
          aria-label="Products"
          className="search"
          onSubmit={submitSearch}
          key={search.search}
        >
          <label htmlFor={`${id}-q`}>Search</label>
          <input
            id={`${id}-q`}
            name="q"
            type="search"
            defaultValue={search.search}
            maxLength={FILTER_MAX_LENGTH}
            placeholder="Name or SKU"
            autoComplete="off"
          />
          <button type="submit">Search</button>
        </form>
        <div className="field">
          <label htmlFor={`${id}-category`}>Category</label>
          <select
            id={`${id}-category`}
            value={search.category}
            onChange={(event) => update({ category: event.target.value })}
          >
            <option value="">All categories</option>
            {search.category && !categories?.some((category) => category.name === search.category) && (
              <option value={search.category}>{search.category}</option>
            )}
            {categories?.map((category) => (
              <option key={category.name} value={category.name}>
                {category.name} ({category.productCount})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sort`}>Sort by</label>
          <select
            id={`${id}-sort`}
            value={search.sort}
            onChange={(event) =>
              update({ sort: SORTS.find((sort) => sort.value === event.target.value)?.value ?? 'NEWEST' })
            }
          >
            {SORTS.map((sort) => (
              <option key={sort.value} value={sort.value}>
                {sort.label}
              </option>
            ))}
          </select>
        </div>
      </div>

      {catalog.loading && <StatusMessage>Loading products…</StatusMessage>}
      {catalog.error && !catalog.loadingMore && <ErrorAlert error={catalog.error} onRetry={catalog.retry} />}
      {catalog.products?.length === 0 && (
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
      )}
      {catalog.products && catalog.products.length > 0 && (
        <section aria-labelledby={`${id}-results`}>
          <h2 id={`${id}-results`} className="visually-hidden">
            Products
          </h2>
          <ul className="grid" aria-label="Products" aria-busy={catalog.loadingMore}>
            {catalog.products.map((product) => (
              <ProductCard key={product.id} product={product} />
            ))}
          </ul>
          <p className="list-footer">
            <span role="status">
              {catalog.products.length} product{catalog.products.length === 1 ? '' : 's'} shown
              {catalog.hasMore ? '' : ', all of them'}
            </span>
            {catalog.hasMore && (
              <button type="button" onClick={catalog.loadMore} disabled={catalog.loadingMore}>
                {catalog.loadingMore ? 'Loading more…' : 'Load more'}
              </button>
            )}
          </p>
        </section>
      )}
    </>
  );
}
