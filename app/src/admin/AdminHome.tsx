import { useId } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FILTER_MAX_LENGTH } from '../catalog/catalogSearchOf.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { LoadMoreButton } from '../ui/LoadMoreButton.js';
import { StatusMessage } from '../ui/StatusMessage.js';
import { useDocumentTitle } from '../ui/useDocumentTitle.js';
import { ProductTable } from './ProductTable.js';
import { useAdminProducts } from './useAdminProducts.js';
import { useLowStockProducts } from './useLowStockProducts.js';

/** The admin's overview: the products low on stock, then every active product with its stock. */
export function AdminHome(): ReactElement {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const search = (params.get('q') ?? '').trim().slice(0, FILTER_MAX_LENGTH);
  const archived = params.get('archived') === '1';
  const lowStock = useLowStockProducts();
  const list = useAdminProducts(search, archived);
  useDocumentTitle('Admin');

  const submitSearch = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const text = new FormData(event.currentTarget).get('q');
    const q = typeof text === 'string' ? text.trim() : '';
    setParams({ ...(q ? { q } : {}), ...(archived ? { archived: '1' } : {}) });
  };
  const showArchived = (show: boolean): void =>
    setParams({ ...(search ? { q: search } : {}), ...(show ? { archived: '1' } : {}) });

  return (
    <>
      <div className="page-title">
        <h1>Admin</h1>
        <Link className="button" to="/admin/products/new">
          New product
        </Link>
      </div>

      <section aria-labelledby={`${id}-low`}>
        <h2 id={`${id}-low`}>Low on stock</h2>
        {lowStock.error && <ErrorAlert error={lowStock.error} onRetry={lowStock.retry} />}
        {!lowStock.products && !lowStock.error && <StatusMessage>Loading the low-stock list…</StatusMessage>}
        {lowStock.products?.length === 0 && <StatusMessage>No product is low on stock.</StatusMessage>}
        {lowStock.products && lowStock.products.length > 0 && (
          <ProductTable
            caption="Products at or below their low-stock threshold"
            products={lowStock.products}
          />
        )}
      </section>

      <section aria-labelledby={`${id}-all`}>
        <h2 id={`${id}-all`}>Products</h2>
        <form
          role="search"
          aria-label="Admin products"
          className="search"
          onSubmit={submitSearch}
          key={search}
        >
          <label htmlFor={`${id}-q`}>Find a product</label>
          <input
            id={`${id}-q`}
            name="q"
            type="search"
            defaultValue={search}
            maxLength={FILTER_MAX_LENGTH}
            placeholder="Name or SKU"
          />
          <button type="submit">Find</button>
        </form>
        <div className="field field-check">
          <input
            id={`${id}-archived`}
            type="checkbox"
            checked={archived}
            onChange={(event) => showArchived(event.target.checked)}
          />
          <label htmlFor={`${id}-archived`}>Show archived products instead</label>
        </div>
        {list.loading && <StatusMessage>Loading products…</StatusMessage>}
        {list.error && !list.loadingMore && <ErrorAlert error={list.error} onRetry={list.retry} />}
        {list.products?.length === 0 && (
          <StatusMessage>
            {search
              ? `No ${archived ? 'archived' : 'active'} product matches “${search}”.`
              : archived
                ? 'No product is archived.'
                : 'The catalog is empty.'}
          </StatusMessage>
        )}
        {list.products && list.products.length > 0 && (
          <>
            <ProductTable
              caption={`${archived ? 'Archived' : 'Active'} products, newest first`}
              products={list.products}
            />
            <p className="list-footer">
              <span role="status">
                {list.products.length} product{list.products.length === 1 ? '' : 's'} shown
              </span>
              {list.hasMore && <LoadMoreButton loadingMore={list.loadingMore} onLoadMore={list.loadMore} />}
            </p>
          </>
        )}
        <p className="muted">Archived products are hidden from shoppers; open one to restore it.</p>
      </section>
    </>
  );
}
