import type { PromoCodeFieldsFragment, UpdatePromoCodeInput } from '../../gql/graphql.js';
import { formText } from '../../ui/formText.js';
import type { FormFields, FormResult } from '../FormResult.js';
import { promoRulesOf } from './promoRulesOf.js';
import { promoTimeText } from './promoTimeText.js';

/**
 * The `updatePromoCode` input of the promo code form: only the rules that differ from `promo` as
 * loaded; an emptied limit or date is sent as null, which removes it. A start or end is compared as the
 * field shows it (to the minute), so a field left alone is never sent. An empty input means nothing
 * changed. Activation has its own button.
 */
export function updatePromoInputOf(
  form: FormFields,
  promo: PromoCodeFieldsFragment,
  timeZone: string,
): FormResult<UpdatePromoCodeInput> {
  const rules = promoRulesOf(form, timeZone);
  if ('error' in rules) return rules;
  const next = rules.input;
  const timeChanged = (name: 'startsAt' | 'expiresAt'): boolean =>
    formText(form, name).trim() !== promoTimeText(promo[name], timeZone);
  return {
    input: {
      ...(next.kind !== promo.kind || next.value !== promo.value
        ? { kind: next.kind, value: next.value }
        : {}),
      ...(next.minSubtotalCents !== (promo.minSubtotal?.cents ?? null)
        ? { minSubtotalCents: next.minSubtotalCents }
        : {}),
      ...(next.maxRedemptions !== (promo.maxRedemptions ?? null)
        ? { maxRedemptions: next.maxRedemptions }
        : {}),
      ...(next.perCustomerLimit !== (promo.perCustomerLimit ?? null)
        ? { perCustomerLimit: next.perCustomerLimit }
        : {}),
      ...(timeChanged('startsAt') ? { startsAt: next.startsAt } : {}),
      ...(timeChanged('expiresAt') ? { expiresAt: next.expiresAt } : {}),
    },
  };
}
