import type { ReactElement } from 'react';
import { Link } from 'react-router';
import type { AdminProductFieldsFragment } from '../gql/graphql.js';
import { formatMoney } from '../money/formatMoney.js';

/**
 * Products with their stock, one row each, the name linking to the product's admin page. A stock at or
 * below its threshold is flagged in words. On a phone each row is a card whose cells name their column
 * (`admin.css`), so price, stock and status stay in sight.
 */
export function ProductTable({
  caption,
  products,
}: {
  caption: string;
  products: readonly AdminProductFieldsFragment[];
}): ReactElement {
  return (
    <div className="table-scroll admin-table">
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
              <td data-label="SKU">{product.sku}</td>
              <td data-label="Category">{product.category}</td>
              <td data-label="Price" className="number">
                {formatMoney(product.price)}
              </td>
              <td data-label="Stock" className="number">
                {/* One piece: on a phone the cell lays its label and its content apart. */}
                <span>
                  {product.stock}
                  {product.stock <= product.lowStockThreshold && (
                    <span className="badge badge-warn">low (≤ {product.lowStockThreshold})</span>
                  )}
                </span>
              </td>
              <td data-label="Status">{product.active ? 'Active' : 'Archived'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
