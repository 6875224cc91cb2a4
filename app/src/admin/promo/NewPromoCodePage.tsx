import { useState } from 'react';
import type { ReactElement } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ApiError } from '../../api/ApiError.js';
import { apiErrorOf } from '../../api/apiErrorOf.js';
import { useDocumentTitle } from '../../ui/useDocumentTitle.js';
import { useShopSettings } from '../useShopSettings.js';
import { createPromoInputOf } from './createPromoInputOf.js';
import { PromoCodeForm } from './PromoCodeForm.js';
import { useCreatePromoCode } from './useCreatePromoCode.js';

/** Creates a promo code, then returns to the list, which shows it. */
export function NewPromoCodePage(): ReactElement {
  const navigate = useNavigate();
  const { currency, timeZone } = useShopSettings();
  const { create, pending } = useCreatePromoCode();
  const [error, setError] = useState<ApiError>();
  useDocumentTitle('New promo code');

  const submit = (form: FormData): void => {
    const result = createPromoInputOf(form, timeZone);
    if ('error' in result) return setError(result.error);
    setError(undefined);
    create(result.input).then(
      (promo) => void navigate('/admin/promo-codes', { state: { notice: `Created ${promo.code}.` } }),
      (failure: unknown) => setError(apiErrorOf(failure)),
    );
  };

  return (
    <>
      <p className="back">
        <Link to="/admin/promo-codes">← Promo codes</Link>
      </p>
      <h1>New promo code</h1>
      <PromoCodeForm
        currency={currency}
        timeZone={timeZone}
        error={error}
        pending={pending}
        submitLabel="Create promo code"
        onSubmit={submit}
      />
    </>
  );
}
