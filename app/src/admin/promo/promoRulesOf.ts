import type { PromoKind } from '../../gql/graphql.js';
import { parsePriceCents } from '../../money/parsePriceCents.js';
import { formText } from '../../ui/formText.js';
import type { FormFields, FormResult } from '../FormResult.js';
import { invalidInput } from '../invalidInput.js';
import { instantOfLocal } from '../time/index.js';

/** A promo code's rules as its form gives them; null where a limit or date is left empty. */
export interface PromoRules {
  readonly kind: PromoKind;
  /** Percent (1 to 100) for `PERCENT`, cents for `FIXED`. */
  readonly value: number;
  readonly minSubtotalCents: number | null;
  readonly maxRedemptions: number | null;
  readonly perCustomerLimit: number | null;
  readonly startsAt: string | null;
  readonly expiresAt: string | null;
}

const count = (text: string): number | null | undefined =>
  text === '' ? null : /^\d{1,9}$/.test(text) && Number(text) >= 1 ? Number(text) : undefined;

/**
 * The rules typed in the promo code form: the kind, its value (a whole percent, or an amount such as
 * `5.00` or `5,00` read into cents), the optional minimum order (an amount), the optional limits (whole
 * numbers, 1 or more) and the optional start and end (the shop's wall-clock times, `timeZone`, read into
 * instants). The API checks the ranges again and names the field at fault; this only reads what was typed.
 *
 * @example
 * promoRulesOf(new Map([['kind', 'FIXED'], ['value', '5,00']]), 'Europe/Berlin')
 * // => { input: { kind: 'FIXED', value: 500, minSubtotalCents: null, maxRedemptions: null, … } }
 */
export function promoRulesOf(form: FormFields, timeZone: string): FormResult<PromoRules> {
  const kind = formText(form, 'kind');
  if (kind !== 'PERCENT' && kind !== 'FIXED')
    return invalidInput('input.kind', 'Choose percent or amount off');
  const valueText = formText(form, 'value').trim();
  const value =
    kind === 'PERCENT'
      ? /^\d{1,3}$/.test(valueText)
        ? Number(valueText)
        : null
      : parsePriceCents(valueText);
  if (value === null || value < 1 || (kind === 'PERCENT' && value > 100))
    return invalidInput(
      'input.value',
      kind === 'PERCENT'
        ? 'Enter the percent off as a whole number from 1 to 100'
        : 'Enter the amount off, such as 5.00',
    );
  const minText = formText(form, 'minSubtotalCents').trim();
  const minSubtotalCents = minText === '' ? null : parsePriceCents(minText);
  if (minSubtotalCents === null && minText !== '')
    return invalidInput(
      'input.minSubtotalCents',
      'Enter the minimum order as an amount such as 20.00, or leave it empty',
    );
  const maxRedemptions = count(formText(form, 'maxRedemptions').trim());
  if (maxRedemptions === undefined)
    return invalidInput(
      'input.maxRedemptions',
      'Enter the total uses as a whole number, 1 or more, or leave it empty',
    );
  const perCustomerLimit = count(formText(form, 'perCustomerLimit').trim());
  if (perCustomerLimit === undefined)
    return invalidInput(
      'input.perCustomerLimit',
      'Enter the uses per customer as a whole number, 1 or more, or leave it empty',
    );
  const startsText = formText(form, 'startsAt').trim();
  const startsAt = startsText === '' ? null : instantOfLocal(startsText, timeZone);
  if (startsAt === null && startsText !== '')
    return invalidInput('input.startsAt', 'Enter the start as a date and time, or leave it empty');
  const expiresText = formText(form, 'expiresAt').trim();
  const expiresAt = expiresText === '' ? null : instantOfLocal(expiresText, timeZone);
  if (expiresAt === null && expiresText !== '')
    return invalidInput('input.expiresAt', 'Enter the end as a date and time, or leave it empty');
  if (startsAt !== null && expiresAt !== null && expiresAt <= startsAt)
    return invalidInput('input.expiresAt', 'The end must come after the start');
  return {
    input: { kind, value, minSubtotalCents, maxRedemptions, perCustomerLimit, startsAt, expiresAt },
  };
}
