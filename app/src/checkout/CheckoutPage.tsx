import { useCallback, useId, useRef } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { Link, useNavigate } from 'react-router';
import { AddressFields } from '../account/AddressFields.js';
import { addressInputOf } from '../account/addressInputOf.js';
import { useProfile } from '../account/useProfile.js';
import { useUpdateProfile } from '../account/useUpdateProfile.js';
import type { ApiError } from '../api/ApiError.js';
import { errorTypeOf } from '../api/errorTypeOf.js';
import { useAuth } from '../auth/useAuth.js';
import { useCart } from '../cart/useCart.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { RequireSignIn } from '../ui/RequireSignIn.js';
import { StatusMessage } from '../ui/StatusMessage.js';
import { useDocumentTitle } from '../ui/useDocumentTitle.js';
import { checkoutTotalsOf } from './checkoutTotalsOf.js';
import { OrderLinesSummary } from './OrderLinesSummary.js';
import { PromoCodeField } from './PromoCodeField.js';
import { usePlaceOrder } from './usePlaceOrder.js';
import { usePromoQuote } from './usePromoQuote.js';

/** Checkout, for a signed-in shopper; a guest is sent to sign in and brought back (the cart comes along). */
export function CheckoutPage(): ReactElement {
  const auth = useAuth();
  useDocumentTitle('Checkout');
  return (
    <RequireSignIn what="check out (your cart comes along)">
      {auth.state.status === 'signedIn' && <Checkout userId={auth.state.user.id} />}
    </RequireSignIn>
  );
}

/**
 * The checkout form: what will be ordered with the totals the API computes (the promo code's discount
 * quoted live), the shipping address prefilled from the profile and saved back when asked, and "Place
 * order", which places exactly one order however often it is pressed (`usePlaceOrder`).
 */
function Checkout({ userId }: { userId: string }): ReactElement {
  const id = useId();
  const cart = useCart();
  const navigate = useNavigate();
  const { profile, loading: profileLoading } = useProfile();
  const { save } = useUpdateProfile();
  const saving = useRef<Promise<ApiError | undefined>>(Promise.resolve(undefined));
  const promo = usePromoQuote(cart.subtotal?.cents ?? null);
  const onPlaced = useCallback(
    (orderId: string) => {
      void saving.current.then((saveError) =>
        navigate(`/orders/${encodeURIComponent(orderId)}`, {
          state: { placed: true, addressNotSaved: saveError !== undefined },
        }),
      );
    },
    [navigate],
  );
  const { state, place } = usePlaceOrder(userId, onPlaced);

  const lines = cart.lines;
  if (cart.error) return <ErrorAlert error={cart.error} onRetry={cart.retry} />;
  if (!lines || cart.merging || (profileLoading && !profile))
    return <StatusMessage>Loading checkout…</StatusMessage>;
  if (lines.length === 0 && state.status !== 'placing')
    return (
      <>
        <h1>Checkout</h1>
        <StatusMessage>
          Your cart is empty. <Link to="/">Browse the catalog</Link>
        </StatusMessage>
      </>
    );

  const available = lines.filter((line) => line.product);
  const totals = cart.subtotal
    ? checkoutTotalsOf(cart.subtotal, promo.quote?.valid ? promo.quote.discount : undefined)
    : undefined;
  const error = state.status === 'failed' ? state.error : undefined;
  const addressField =
    errorTypeOf(error) === 'ValidationError' && error?.field?.startsWith('input.shippingAddress.')
      ? error.field.slice('input.shippingAddress.'.length)
      : null;
  const names = new Map(lines.map((line) => [line.productId, line.product?.name]));

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (state.status === 'placing') return;
    const form = new FormData(event.currentTarget);
    const shippingAddress = addressInputOf(form);
    if (form.get('saveAddress') === 'on') saving.current = save({ shippingAddress });
    place({
      items: available.map(({ productId, quantity }) => ({ productId, quantity })),
      promoCode: promo.quote?.valid ? promo.code : undefined,
      shippingAddress,
    });
  };

  return (
    <>
      <h1>Checkout</h1>
      <form className="checkout" onSubmit={submit} aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="visually-hidden">
          Place your order
        </h2>
        <div className="checkout-main">
          <AddressFields
            address={profile?.shippingAddress}
            name={profile?.name}
            invalidField={addressField}
            errorId={`${id}-error`}
          />
          <div className="field field-check">
            <input
              id={`${id}-save`}
              name="saveAddress"
              type="checkbox"
              defaultChecked={!profile?.shippingAddress}
            />
            <label htmlFor={`${id}-save`}>Save this address to my account</label>
          </div>
        </div>
        <aside className="checkout-side panel" aria-label="Order summary">
          <h2>Your order</h2>
          <OrderLinesSummary lines={lines} totals={totals} />
          <PromoCodeField promo={promo} />
          {error && (
            <div id={`${id}-error`}>
              <ErrorAlert error={error} context={{ productName: (productId) => names.get(productId) }} />
              {state.status === 'failed' && state.placedOrderId && (
                <p>
                  <Link to={`/orders/${encodeURIComponent(state.placedOrderId)}`}>
                    See the order it placed
                  </Link>
                </p>
              )}
              {(errorTypeOf(error) === 'OutOfStock' || errorTypeOf(error) === 'NotFound') && (
                <p>
                  <Link to="/cart">Change your cart</Link>
                </p>
              )}
            </div>
          )}
          <button
            type="submit"
            className="place-order"
            disabled={state.status === 'placing' || available.length === 0}
          >
            {state.status === 'placing' ? 'Placing your order…' : 'Place order'}
          </button>
          <p className="muted">You can cancel the order until it ships.</p>
        </aside>
      </form>
    </>
  );
}
