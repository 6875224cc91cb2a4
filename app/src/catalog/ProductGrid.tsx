import { useId } from 'react';
import type { ReactElement } from 'react';
import type { ProductCardFieldsFragment } from '../gql/graphql.js';
import { LoadMoreButton } from '../ui/LoadMoreButton.js';
import { ProductCard } from './ProductCard.js';

/**
 * The products found so far as a grid of cards, with how many are shown (a live status) and, while the
 * API has more, a "Load more" button that is disabled while the next page is on its way.
 */
export function ProductGrid({
  products,
  hasMore,
  loadingMore,
  onLoadMore,
}: {
  products: readonly ProductCardFieldsFragment[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}): ReactElement {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-results`}>
      <h2 id={`${id}-results`} className="visually-hidden">
        Products
      </h2>
      <ul className="grid" aria-label="Products" aria-busy={loadingMore}>
        {products.map((product) => (
          <ProductCard key={product.id} product={product} />
        ))}
      </ul>
      <p className="list-footer">
        <span role="status">
          {products.length} product{products.length === 1 ? '' : 's'} shown
          {hasMore ? '' : ', all of them'}
        </span>
        {hasMore && <LoadMoreButton loadingMore={loadingMore} onLoadMore={onLoadMore} />}
      </p>
    </section>
  );
}
