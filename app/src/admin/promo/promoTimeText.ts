import { dayAt } from '../time/index.js';

/**
 * A promo code's start or end (`AWSDateTime`) as the form's `datetime-local` field shows it, on the
 * shop's wall clock (`timeZone`); '' for none.
 *
 * @example
 * promoTimeText('2026-12-24T17:00:00.000Z', 'Europe/Berlin') // => '2026-12-24T18:00'
 */
export function promoTimeText(instant: string | null | undefined, timeZone: string): string {
  if (!instant) return '';
  const { day, time } = dayAt(Date.parse(instant), timeZone);
  return `${day}T${time}`;
}
