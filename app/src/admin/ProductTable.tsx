import type { ReactElement } from 'react';
import { Link } from 'react-router';
import type { AdminProductFieldsFragment } from '../gql/graphql.js';
import { formatMoney } from '../money/formatMoney.js';

/**
 * Products with their stock, one row each, the name linking to the product's admin page. A stock at or
 * below its threshold is flagged in words. Scrolls sideways on narrow screens.
 */
export function ProductTable({
  caption,
  products,
}: {
  caption: string;
  products: readonly AdminProductFieldsFragment[];
}): ReactElement {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">SKU</th>
            <th scope="col">Category</th>
            <th scope="col" className="number">
              Price
            </th>
            <th scope="col" className="number">
              Stock
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {products.map((product) => (
            <tr key={product.id}>
              <th scope="row">
                <Link to={`/admin/products/${encodeURIComponent(product.id)}`}>{product.name}</Link>
              </th>
              <td>{product.sku}</td>
              <td>{product.category}</td>
              <td className="number">{formatMoney(product.price)}</td>
              <td className="number">
                {product.stock}
                {product.stock <= product.lowStockThreshold && (
                  <span className="badge badge-warn">low (≤ {product.lowStockThreshold})</span>
                )}
              </td>
              <td>{product.active ? 'Active' : 'Archived'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
