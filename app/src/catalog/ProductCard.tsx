import type { ReactElement } from 'react';
import { Link, useLocation } from 'react-router';
import { AddToCartForm } from '../cart/AddToCartForm.js';
import type { ProductCardFieldsFragment } from '../gql/graphql.js';
import { formatMoney } from '../money/formatMoney.js';
import { ProductImage } from './ProductImage.js';
import { StockBadge } from './StockBadge.js';

/**
 * One product in the catalog's grid, with a quantity and "Add to cart"; its name links to the product's
 * page, which can link back here.
 */
export function ProductCard({ product }: { product: ProductCardFieldsFragment }): ReactElement {
  const location = useLocation();
  return (
    <li className="card">
      <ProductImage url={product.imageUrl} size="card" />
      <h3 className="card-title">
        <Link to={`/products/${encodeURIComponent(product.id)}`} state={{ from: location }}>
          {product.name}
        </Link>
      </h3>
      <p className="card-category">{product.category}</p>
      <p className="card-footer">
        <span className="price">{formatMoney(product.price)}</span>
        <StockBadge inStock={product.inStock} />
      </p>
      <AddToCartForm product={product} compact />
    </li>
  );
}
