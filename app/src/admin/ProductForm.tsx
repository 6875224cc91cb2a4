import type { ReactElement } from 'react';
import type { ApiError } from '../api/ApiError.js';
import { useCategories } from '../catalog/useCategories.js';
import type { AdminProductFieldsFragment } from '../gql/graphql.js';
import { priceText } from '../money/priceText.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { TextField } from '../ui/TextField.js';
import { useInputForm } from './useInputForm.js';

/**
 * The fields of a product: empty to create one (with its SKU, initial stock and visibility), or filled
 * with `product` to edit it (the SKU cannot change; stock changes through an adjustment). The field a
 * `ValidationError` names (`errorInfo.field`, e.g. `input.name`) is marked invalid and tied to the error.
 */
export function ProductForm({
  product,
  error,
  pending,
  submitLabel,
  onSubmit,
}: {
  product?: AdminProductFieldsFragment;
  error: ApiError | undefined;
  pending: boolean;
  submitLabel: string;
  onSubmit: (form: FormData) => void;
}): ReactElement {
  const { categories } = useCategories();
  const { id, errorId, invalidField, field, submit } = useInputForm(error, onSubmit);
  const descriptionInvalid = invalidField === 'description';

  return (
    <form className="form product-form" onSubmit={submit} aria-label={submitLabel}>
      {product ? (
        <p className="muted">
          SKU <strong>{product.sku}</strong> · version {product.version}
        </p>
      ) : (
        <TextField
          label="SKU"
          {...field('sku')}
          required
          minLength={2}
          maxLength={40}
          pattern="[A-Z0-9][A-Z0-9\-]{1,39}"
          hint="2 to 40 upper-case letters, digits and hyphens, e.g. MUG-042. It cannot change later."
          autoComplete="off"
        />
      )}
      <TextField label="Name" {...field('name')} required maxLength={200} defaultValue={product?.name} />
      <div className="field">
        <label htmlFor={`${id}-description`}>Description</label>
        <textarea
          id={`${id}-description`}
          name="description"
          rows={5}
          maxLength={5000}
          defaultValue={product?.description}
          aria-invalid={descriptionInvalid || undefined}
          aria-describedby={descriptionInvalid ? errorId : undefined}
        />
      </div>
      <TextField
        label="Category"
        {...field('category')}
        required
        maxLength={100}
        list={`${id}-categories`}
        defaultValue={product?.category}
        autoComplete="off"
      />
      <datalist id={`${id}-categories`}>
        {categories?.map((category) => (
          <option key={category.name} value={category.name} />
        ))}
      </datalist>
      <TextField
        label={`Price${product ? ` (${product.price.currency})` : ''}`}
        {...field('priceCents')}
        required
        inputMode="decimal"
        hint="In units of the shop currency, e.g. 12.90 or 12,90."
        defaultValue={product ? priceText(product.price.cents) : undefined}
      />
      <TextField
        label="Image URL"
        {...field('imageUrl')}
        type="url"
        maxLength={2048}
        hint="An https address; leave empty for no image."
        defaultValue={product?.imageUrl ?? ''}
      />
      {!product && (
        <TextField
          label="Initial stock"
          {...field('stock')}
          inputMode="numeric"
          pattern="[0-9]*"
          hint="Units on hand; empty means 0."
        />
      )}
      <TextField
        label="Low-stock threshold"
        {...field('lowStockThreshold')}
        inputMode="numeric"
        pattern="[0-9]*"
        hint="Listed as low on stock at or below this many units; empty means 5."
        defaultValue={product?.lowStockThreshold}
      />
      {!product && (
        <div className="field field-check">
          <input id={`${id}-active`} name="active" type="checkbox" defaultChecked />
          <label htmlFor={`${id}-active`}>Visible in the catalog</label>
        </div>
      )}
      {error && <ErrorAlert error={error} id={errorId} />}
      <button type="submit" disabled={pending}>
        {pending ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
