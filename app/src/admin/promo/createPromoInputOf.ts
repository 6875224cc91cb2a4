import type { CreatePromoCodeInput } from '../../gql/graphql.js';
import { formText } from '../../ui/formText.js';
import type { FormFields, FormResult } from '../FormResult.js';
import { promoRulesOf } from './promoRulesOf.js';

/**
 * The `createPromoCode` input of the new promo code form: the code as typed (the API stores it
 * upper-case), its rules (`promoRulesOf`) with the empty limits and dates left out, and whether it is
 * active from the start.
 *
 * @example
 * createPromoInputOf(new Map([['code', 'summer10'], ['kind', 'PERCENT'], ['value', '10'], ['active', 'on']]), 'UTC')
 * // => { input: { code: 'summer10', kind: 'PERCENT', value: 10, active: true } }
 */
export function createPromoInputOf(form: FormFields, timeZone: string): FormResult<CreatePromoCodeInput> {
  const rules = promoRulesOf(form, timeZone);
  if ('error' in rules) return rules;
  const present = Object.fromEntries(Object.entries(rules.input).filter(([, value]) => value !== null));
  return {
    input: {
      code: formText(form, 'code').trim(),
      ...(present as Pick<CreatePromoCodeInput, 'kind' | 'value'>),
      // An unticked checkbox is absent from the form's data.
      active: form.get('active') != null,
    },
  };
}
