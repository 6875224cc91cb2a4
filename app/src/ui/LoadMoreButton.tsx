import type { ReactElement } from 'react';

/**
 * The "Load more" button under a list read page by page: disabled, and saying so, while the next page is on
 * its way, so a second click never asks for the same page twice.
 */
export function LoadMoreButton({
  loadingMore,
  onLoadMore,
}: {
  loadingMore: boolean;
  onLoadMore: () => void;
}): ReactElement {
  return (
    <button type="button" onClick={onLoadMore} disabled={loadingMore}>
      {loadingMore ? 'Loading more…' : 'Load more'}
    </button>
  );
}
