import { useId, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { Link } from 'react-router';
import { MAX_LINE_QUANTITY } from '../../../domain/cartLimits.js';
import type { ApiError } from '../api/ApiError.js';
import { ProductImage } from '../catalog/ProductImage.js';
import { formatMoney } from '../money/formatMoney.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { formText } from '../ui/formText.js';
import type { CartLine } from './ShopCart.js';
import { useCart } from './useCart.js';

/**
 * One line of the cart page: the product (or that it left the catalog), its unit price and line total, a
 * quantity to change and a button to remove it.
 */
export function CartLineRow({ line }: { line: CartLine }): ReactElement {
  const id = useId();
  const cart = useCart();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();
  const { product } = line;
  const name = product?.name ?? 'A product no longer in the catalog';
  const set = (quantity: number): void => {
    setPending(true);
    setError(undefined);
    void cart.setQuantity(line.productId, quantity).then((change) => {
      setPending(false);
      if (!change.ok) setError(change.error);
    });
  };
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const quantity = Number(formText(new FormData(event.currentTarget), 'quantity'));
    if (!Number.isInteger(quantity) || quantity < 0 || quantity > MAX_LINE_QUANTITY)
      setError({
        code: null,
        message: `Choose a quantity from 1 to ${MAX_LINE_QUANTITY}.`,
        field: null,
        info: null,
      });
    else if (quantity !== line.quantity) set(quantity);
  };
  return (
    <li className="cart-line" aria-labelledby={`${id}-name`} aria-busy={pending}>
      <ProductImage url={product?.imageUrl} size="card" />
      <div className="cart-line-info">
        <h2 id={`${id}-name`} className="cart-line-name">
          {product ? <Link to={`/products/${encodeURIComponent(product.id)}`}>{product.name}</Link> : name}
        </h2>
        {product === null && <p className="badge badge-warn">No longer available: remove it to check out</p>}
        {product === undefined && <p className="muted">Looking up this product…</p>}
        {product && (
          <p className="muted">
            {formatMoney(product.price)} each{!product.inStock && ' · out of stock now'}
          </p>
        )}
      </div>
      <form className="cart-line-quantity" onSubmit={submit}>
        <label htmlFor={`${id}-quantity`}>Quantity</label>
        <div className="add-to-cart-row">
          {/* A new key shows the quantity the cart holds after each change. */}
          <input
            key={line.quantity}
            id={`${id}-quantity`}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_LINE_QUANTITY}
            defaultValue={line.quantity}
            className="quantity-input"
            disabled={pending || product === null}
          />
          <button type="submit" className="secondary" disabled={pending || product === null}>
            Update
          </button>
        </div>
      </form>
      <div className="cart-line-total">
        <p className="price">
          {product ? formatMoney({ ...product.price, cents: product.price.cents * line.quantity }) : '—'}
        </p>
        <button type="button" className="secondary" onClick={() => set(0)} disabled={pending}>
          Remove<span className="visually-hidden"> {name}</span>
        </button>
      </div>
      {error && (
        <div className="cart-line-error">
          <ErrorAlert error={error} context={{ productName: () => name }} />
        </div>
      )}
    </li>
  );
}
