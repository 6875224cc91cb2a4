import { useState } from 'react';
import type { ReactElement } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import { useDocumentTitle } from '../ui/useDocumentTitle.js';
import { createInputOf } from './createInputOf.js';
import { ProductForm } from './ProductForm.js';
import { useCreateProduct } from './useCreateProduct.js';

/** Creates a product, then opens its admin page (to adjust its stock, for instance). */
export function NewProductPage(): ReactElement {
  const navigate = useNavigate();
  const { create, pending } = useCreateProduct();
  const [error, setError] = useState<ApiError>();
  useDocumentTitle('New product');

  const submit = (form: FormData): void => {
    const result = createInputOf(form);
    if ('error' in result) return setError(result.error);
    setError(undefined);
    create(result.input).then(
      (product) =>
        void navigate(`/admin/products/${encodeURIComponent(product.id)}`, {
          state: { notice: `Created ${product.name}.` },
        }),
      (failure: unknown) => setError(apiErrorOf(failure)),
    );
  };

  return (
    <>
      <p className="back">
        <Link to="/admin">← Admin</Link>
      </p>
      <h1>New product</h1>
      <ProductForm error={error} pending={pending} submitLabel="Create product" onSubmit={submit} />
    </>
  );
}
