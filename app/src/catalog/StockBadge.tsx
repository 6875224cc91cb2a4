import type { ReactElement } from 'react';

/** "In stock" or "Out of stock", in words as well as colour. */
export function StockBadge({ inStock }: { inStock: boolean }): ReactElement {
  return (
    <span className={inStock ? 'badge badge-ok' : 'badge badge-muted'}>
      {inStock ? 'In stock' : 'Out of stock'}
    </span>
  );
}
