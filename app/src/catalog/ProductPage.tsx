import type { ReactElement } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { Location } from 'react-router';
import { useAuth } from '../auth/useAuth.js';
import { AddToCartForm } from '../cart/AddToCartForm.js';
import { formatMoney } from '../money/formatMoney.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { StatusMessage } from '../ui/StatusMessage.js';
import { useDocumentTitle } from '../ui/useDocumentTitle.js';
import { ProductImage } from './ProductImage.js';
import { StockBadge } from './StockBadge.js';
import { useProduct } from './useProduct.js';

/**
 * A product's page: the picture beside the buying column (name, price, stock state, a quantity and "Add
 * to cart"), then the description; a link to edit it for admins.
 */
export function ProductPage(): ReactElement {
  const { id = '' } = useParams();
  const { product, error, retry } = useProduct(id);
  const auth = useAuth();
  const from = (useLocation().state as { from?: Location } | null)?.from;
  const back = from ? `${from.pathname}${from.search}` : '/';
  useDocumentTitle(product?.name ?? (product === null ? 'Product not found' : 'Product'));

  const backLink = (
    <p className="back">
      <Link to={back}>← Back to the catalog</Link>
    </p>
  );
  if (error && !product)
    return (
      <>
        {backLink}
        <h1>Product</h1>
        <ErrorAlert error={error} onRetry={retry} />
      </>
    );
  if (product === undefined) return <StatusMessage>Loading the product…</StatusMessage>;
  if (product === null)
    return (
      <>
        {backLink}
        <h1>Product not found</h1>
        <p>No product has this address, or it has been taken out of the catalog.</p>
      </>
    );
  const isAdmin = auth.state.status === 'signedIn' && auth.state.user.isAdmin;
  return (
    <>
      {backLink}
      <article className="product">
        <ProductImage url={product.imageUrl} alt={product.name} size="page" />
        <div className="product-info">
          <p className="product-category">{product.category}</p>
          <h1>{product.name}</h1>
          <section className="buy-box" aria-label="Buy">
            <p className="product-price">
              <span className="price">{formatMoney(product.price)}</span>{' '}
              <StockBadge inStock={product.inStock} />
            </p>
            <AddToCartForm product={product} />
          </section>
          {product.description ? (
            <div className="product-description">
              {product.description.split(/\n{2,}/).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          ) : (
            <p className="muted">No description yet.</p>
          )}
          <p className="muted">SKU {product.sku}</p>
          {isAdmin && (
            <p>
              <Link to={`/admin/products/${encodeURIComponent(product.id)}`}>Edit this product</Link>
            </p>
          )}
        </div>
      </article>
    </>
  );
}
