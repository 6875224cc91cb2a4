import type { ReactElement } from 'react';
import { Link } from 'react-router';
import { formatMoney } from '../money/formatMoney.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { StatusMessage } from '../ui/StatusMessage.js';
import { useDocumentTitle } from '../ui/useDocumentTitle.js';
import { CartLineRow } from './CartLineRow.js';
import { subtotalOf } from './subtotalOf.js';
import { useCart } from './useCart.js';
import { useCartLines } from './useCartLines.js';

/**
 * The cart: each line with its quantity to change or remove, lines whose product left the catalog marked
 * as such, the subtotal (the API's for a signed-in user, added up from current prices for a guest), and
 * the way on: checkout when signed in, else sign in or sign up (the cart comes along).
 */
export function CartPage(): ReactElement {
  const cart = useCart();
  const { lines, error, retry } = useCartLines(cart);
  useDocumentTitle('Cart');
  const subtotal = cart.subtotal ?? (lines ? subtotalOf(lines) : null);
  const gone = lines?.filter((line) => line.product === null).length ?? 0;

  return (
    <>
      <h1>Your cart</h1>
      {cart.merging && <StatusMessage>Adding the cart you filled before signing in…</StatusMessage>}
      {cart.mergeError && (
        <>
          <p className="notice">The cart you filled before signing in could not be added yet.</p>
          <ErrorAlert error={cart.mergeError} onRetry={cart.retry} />
        </>
      )}
      {error && <ErrorAlert error={error} onRetry={retry} />}
      {!lines && !error && !cart.merging && <StatusMessage>Loading your cart…</StatusMessage>}
      {lines?.length === 0 && (
        <StatusMessage>
          Your cart is empty. <Link to="/">Browse the catalog</Link>
        </StatusMessage>
      )}
      {lines && lines.length > 0 && (
        <>
          <ul className="cart-lines" aria-label="Cart lines">
            {lines.map((line) => (
              <CartLineRow key={line.productId} line={line} />
            ))}
          </ul>
          <div className="cart-summary">
            <p className="cart-subtotal">
              Subtotal{' '}
              <span className="price" aria-live="polite">
                {subtotal ? formatMoney(subtotal) : '…'}
              </span>
            </p>
            {gone > 0 && (
              <p className="muted">
                {gone === 1 ? 'One product is' : `${gone} products are`} no longer available and not counted.
              </p>
            )}
            <p className="muted">Promo codes are applied at checkout.</p>
            {cart.owner === 'user' ? (
              <Link className="button" to="/checkout">
                Check out
              </Link>
            ) : (
              <p className="actions">
                <Link className="button" to="/signin" state={{ from: '/checkout' }}>
                  Sign in to check out
                </Link>
                <Link className="button button-secondary" to="/signup">
                  Create an account
                </Link>
              </p>
            )}
          </div>
        </>
      )}
    </>
  );
}
