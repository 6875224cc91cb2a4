import { useState } from 'react';
import type { ReactElement } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import { errorTypeOf } from '../api/errorTypeOf.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { StatusMessage } from '../ui/StatusMessage.js';
import { useDocumentTitle } from '../ui/useDocumentTitle.js';
import { ArchivePanel } from './ArchivePanel.js';
import { ProductForm } from './ProductForm.js';
import { StockPanel } from './StockPanel.js';
import { updateInputOf } from './updateInputOf.js';
import { useAdminProduct } from './useAdminProduct.js';
import { useUpdateProduct } from './useUpdateProduct.js';

/**
 * One product for the admin: its details (saved only if nobody changed it since it was loaded: a stale
 * version is a `Conflict`, shown with a way to reload), its stock, and whether it is in the catalog.
 */
export function EditProductPage(): ReactElement {
  const { id = '' } = useParams();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const { product, error: loadError, retry } = useAdminProduct(id);
  const { update, pending } = useUpdateProduct();
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState<string>();
  useDocumentTitle(product ? `Edit ${product.name}` : 'Edit product');

  const back = (
    <p className="back">
      <Link to="/admin">← Admin</Link>
    </p>
  );
  if (loadError && !product)
    return (
      <>
        {back}
        <h1>Edit product</h1>
        <ErrorAlert error={loadError} onRetry={retry} />
      </>
    );
  if (product === undefined) return <StatusMessage>Loading the product…</StatusMessage>;
  if (product === null)
    return (
      <>
        {back}
        <h1>Product not found</h1>
        <p>No product has the id {id}.</p>
      </>
    );

  const submit = (form: FormData): void => {
    setSaved(undefined);
    const result = updateInputOf(form, product);
    if ('error' in result) return setError(result.error);
    if (Object.keys(result.input).length === 0) {
      setError(undefined);
      return setSaved('Nothing to save: no field was changed.');
    }
    setError(undefined);
    update(product.id, result.input, product.version).then(
      (changed) => setSaved(`Saved (version ${changed.version}).`),
      (failure: unknown) => setError(apiErrorOf(failure)),
    );
  };
  const reload = (): void => {
    setError(undefined);
    retry();
  };

  return (
    <>
      {back}
      <div className="page-title">
        <h1>{product.name}</h1>
        {product.active && <Link to={`/products/${encodeURIComponent(product.id)}`}>View in the shop</Link>}
      </div>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <div className="admin-columns">
        <section aria-labelledby="details-title" className="panel">
          <h2 id="details-title">Details</h2>
          {/* A new version remounts the form, so its fields show what was saved or reloaded. */}
          <ProductForm
            key={product.version}
            product={product}
            error={error}
            pending={pending}
            submitLabel="Save changes"
            onSubmit={submit}
          />
          {errorTypeOf(error) === 'Conflict' && (
            <p>
              Someone changed this product since you opened it.{' '}
              <button type="button" className="secondary" onClick={reload}>
                Reload the product
              </button>
            </p>
          )}
          {saved && (
            <p role="status" className="notice">
              {saved}
            </p>
          )}
        </section>
        <div>
          <StockPanel product={product} />
          <ArchivePanel product={product} />
        </div>
      </div>
    </>
  );
}
