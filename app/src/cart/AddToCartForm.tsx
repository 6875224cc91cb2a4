import { useId, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { Link } from 'react-router';
import { MAX_LINE_QUANTITY } from '../../../domain/cartLimits.js';
import type { ProductCardFieldsFragment } from '../gql/graphql.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { formText } from '../ui/formText.js';
import type { CartChange } from './ShopCart.js';
import { useCart } from './useCart.js';

/**
 * A quantity (1 to 99) and "Add to cart" for one product, on its catalog card (`compact`) and its page.
 * Says what happened (how many are in the cart now, with a link to it), or why nothing did. A product out
 * of stock cannot be added.
 */
export function AddToCartForm({
  product,
  compact = false,
}: {
  product: Pick<ProductCardFieldsFragment, 'id' | 'name' | 'inStock'>;
  compact?: boolean;
}): ReactElement {
  const id = useId();
  const cart = useCart();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<CartChange>();
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const quantity = Number(formText(new FormData(event.currentTarget), 'quantity'));
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_LINE_QUANTITY) {
      setOutcome({
        ok: false,
        error: {
          code: null,
          message: `Choose a quantity from 1 to ${MAX_LINE_QUANTITY}.`,
          field: null,
          info: null,
        },
      });
      return;
    }
    setPending(true);
    setOutcome(undefined);
    void cart.add(product.id, quantity).then((change) => {
      setOutcome(change);
      setPending(false);
    });
  };
  return (
    <form
      className={compact ? 'add-to-cart add-to-cart-compact' : 'add-to-cart'}
      onSubmit={submit}
      aria-label={`Add ${product.name} to the cart`}
    >
      <div className="add-to-cart-row">
        <label htmlFor={`${id}-quantity`} className={compact ? 'visually-hidden' : undefined}>
          Quantity
        </label>
        <input
          id={`${id}-quantity`}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_LINE_QUANTITY}
          step={1}
          defaultValue={1}
          required
          disabled={!product.inStock}
          className="quantity-input"
        />
        <button type="submit" disabled={pending || !product.inStock}>
          {pending ? 'Adding…' : 'Add to cart'}
        </button>
      </div>
      {outcome?.ok && (
        <p role="status" className="added">
          {outcome.capped
            ? `Your cart now holds ${outcome.quantity}, the most one line can.`
            : `Added. ${outcome.quantity} in your cart.`}{' '}
          <Link to="/cart">View cart</Link>
        </p>
      )}
      {outcome && !outcome.ok && (
        <ErrorAlert error={outcome.error} context={{ productName: () => product.name }} />
      )}
    </form>
  );
}
