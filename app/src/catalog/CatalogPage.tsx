import type { ReactElement } from 'react';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { StatusMessage } from '../ui/StatusMessage.js';
import { useDocumentTitle } from '../ui/useDocumentTitle.js';
import { CatalogSearchForm } from './CatalogSearchForm.js';
import { CategoryFilter } from './CategoryFilter.js';
import { NoProductsMessage } from './NoProductsMessage.js';
import { ProductGrid } from './ProductGrid.js';
import { SortSelect } from './SortSelect.js';
import { useCatalogProducts } from './useCatalogProducts.js';
import { useCatalogSearch } from './useCatalogSearch.js';

/**
 * The catalog: a search box, a category filter and an order, kept in the URL (so a search can be shared
 * and the back button works), and the matching products with "Load more".
 */
export function CatalogPage(): ReactElement {
  const { search, update } = useCatalogSearch();
  const catalog = useCatalogProducts(search);
  useDocumentTitle(search.search ? `“${search.search}”` : 'Catalog');

  return (
    <>
      <h1>Catalog</h1>
      <div className="toolbar">
        {/* A new key resets the box when the URL's search changes (back button, "Clear"). */}
        <CatalogSearchForm
          key={search.search}
          search={search.search}
          onSearch={(text) => update({ search: text })}
        />
        <CategoryFilter category={search.category} onChange={(category) => update({ category })} />
        <SortSelect sort={search.sort} onChange={(sort) => update({ sort })} />
      </div>

      {catalog.loading && <StatusMessage>Loading products…</StatusMessage>}
      {catalog.error && !catalog.loadingMore && <ErrorAlert error={catalog.error} onRetry={catalog.retry} />}
      {catalog.products?.length === 0 && <NoProductsMessage search={search} />}
      {catalog.products && catalog.products.length > 0 && (
        <ProductGrid
          products={catalog.products}
          hasMore={catalog.hasMore}
          loadingMore={catalog.loadingMore}
          onLoadMore={catalog.loadMore}
        />
      )}
    </>
  );
}
