import { useState } from 'react';
import type { ReactElement } from 'react';
import { Link, useParams } from 'react-router';
import type { ApiError } from '../../api/ApiError.js';
import { apiErrorOf } from '../../api/apiErrorOf.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { StatusMessage } from '../../ui/StatusMessage.js';
import { useDocumentTitle } from '../../ui/useDocumentTitle.js';
import { useShopSettings } from '../useShopSettings.js';
import { PromoCodeForm } from './PromoCodeForm.js';
import { promoDiscountText } from './promoDiscountText.js';
import { promoStateOf } from './promoStateOf.js';
import { promoUsesText } from './promoUsesText.js';
import { updatePromoInputOf } from './updatePromoInputOf.js';
import { usePromoCode } from './usePromoCode.js';
import { useUpdatePromoCode } from './useUpdatePromoCode.js';

/**
 * One promo code: what it gives and how often it was redeemed, its rules to change (only the changed
 * ones are sent), and a button that deactivates it (shoppers can no longer use it; its redemptions are
 * kept) or activates it again.
 */
export function PromoCodePage(): ReactElement {
  const { code = '' } = useParams();
  const { currency, timeZone } = useShopSettings();
  const { promoCode: promo, error: loadError, retry } = usePromoCode(code);
  const { update, pending } = useUpdatePromoCode();
  const [error, setError] = useState<ApiError>();
  const [activationError, setActivationError] = useState<ApiError>();
  const [saved, setSaved] = useState<string>();
  // Judged when the page opened, like the list's.
  const [now] = useState(() => Date.now());
  useDocumentTitle(`Promo code ${code.toUpperCase()}`);

  const back = (
    <p className="back">
      <Link to="/admin/promo-codes">← Promo codes</Link>
    </p>
  );
  if (loadError && !promo)
    return (
      <>
        {back}
        <h1>Promo code {code.toUpperCase()}</h1>
        <ErrorAlert error={loadError} onRetry={retry} />
      </>
    );
  if (promo === undefined) return <StatusMessage>Loading the promo code…</StatusMessage>;
  if (promo === null)
    return (
      <>
        {back}
        <h1>Promo code not found</h1>
        <p>There is no promo code {code.toUpperCase()}.</p>
      </>
    );

  const submit = (form: FormData): void => {
    setSaved(undefined);
    const result = updatePromoInputOf(form, promo, timeZone);
    if ('error' in result) return setError(result.error);
    setError(undefined);
    if (Object.keys(result.input).length === 0) return setSaved('Nothing to save: no field was changed.');
    update(promo.code, result.input).then(
      () => setSaved('Saved.'),
      (failure: unknown) => setError(apiErrorOf(failure)),
    );
  };
  const setActive = (active: boolean): void => {
    setActivationError(undefined);
    setSaved(undefined);
    update(promo.code, { active }).then(
      () => undefined,
      (failure: unknown) => setActivationError(apiErrorOf(failure)),
    );
  };

  return (
    <>
      {back}
      <h1>Promo code {promo.code}</h1>
      <div className="admin-columns">
        <section aria-labelledby="rules-title" className="panel">
          <h2 id="rules-title">Rules</h2>
          {/* A saved change remounts the form, so its fields show what was stored. */}
          <PromoCodeForm
            key={JSON.stringify(promo)}
            promo={promo}
            currency={currency}
            timeZone={timeZone}
            error={error}
            pending={pending}
            submitLabel="Save changes"
            onSubmit={submit}
          />
          {saved && (
            <p role="status" className="notice">
              {saved}
            </p>
          )}
        </section>
        <section aria-labelledby="use-title" className="panel">
          <h2 id="use-title">Use</h2>
          <dl className="facts">
            <dt>Discount</dt>
            <dd>{promoDiscountText(promo, currency)}</dd>
            <dt>Redeemed</dt>
            <dd>{promoUsesText(promo)}</dd>
            <dt>Status</dt>
            <dd>{promoStateOf(promo, now)}</dd>
          </dl>
          {promo.active ? (
            <>
              <p>Shoppers can enter this code at checkout while its rules allow.</p>
              <button type="button" className="danger" onClick={() => setActive(false)} disabled={pending}>
                Deactivate
              </button>
            </>
          ) : (
            <>
              <p role="status">Deactivated: shoppers cannot use it. Its redemptions are kept.</p>
              <button type="button" onClick={() => setActive(true)} disabled={pending}>
                Activate again
              </button>
            </>
          )}
          {activationError && <ErrorAlert error={activationError} />}
        </section>
      </div>
    </>
  );
}
