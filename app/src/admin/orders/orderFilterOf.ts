import type { OrderFilter, OrderStatus } from '../../gql/graphql.js';
import type { FormFields, FormResult } from '../FormResult.js';
import { invalidInput } from '../invalidInput.js';
import { dayStart, isCalendarDay, shiftDay } from '../time/index.js';
import { formText } from '../../ui/formText.js';
import { ORDER_STATUS_TEXT } from './orderStatusText.js';

/** The longest user id the API takes as `filter.userId`. */
const MAX_CUSTOMER_LENGTH = 64;

const isStatus = (text: string): text is OrderStatus => Object.hasOwn(ORDER_STATUS_TEXT, text);

/**
 * The `orders` filter of the orders page's fields (its address's `status`, `from`, `to` and `customer`):
 * `from` and `to` are calendar days of the shop (`timeZone`), both included, sent as the instants the
 * API compares with (`from`'s first instant, and the first instant of the day after `to`). Empty fields
 * are left out; a field that cannot be read is named in an `invalidInput` error.
 *
 * @example
 * orderFilterOf(new URLSearchParams('status=SHIPPED&from=2026-07-01&to=2026-07-01'), 'Europe/Berlin')
 * // => { input: { status: 'SHIPPED', from: '2026-06-30T22:00:00.000Z', to: '2026-07-01T22:00:00.000Z' } }
 */
export function orderFilterOf(fields: FormFields, timeZone: string): FormResult<OrderFilter> {
  const status = formText(fields, 'status').trim();
  const from = formText(fields, 'from').trim();
  const to = formText(fields, 'to').trim();
  const customer = formText(fields, 'customer').trim();
  if (status && !isStatus(status)) return invalidInput('status', 'Choose a status from the list');
  if (from && !isCalendarDay(from)) return invalidInput('from', 'Enter the first day as a date');
  if (to && !isCalendarDay(to)) return invalidInput('to', 'Enter the last day as a date');
  if (from && to && to < from) return invalidInput('to', 'The last day cannot come before the first day');
  if (customer.length > MAX_CUSTOMER_LENGTH)
    return invalidInput('customer', `A customer id has at most ${MAX_CUSTOMER_LENGTH} characters`);
  return {
    input: {
      ...(status ? { status: status as OrderStatus } : {}),
      ...(from ? { from: dayStart(from, timeZone) } : {}),
      ...(to ? { to: dayStart(shiftDay(to, 1), timeZone) } : {}),
      ...(customer ? { userId: customer } : {}),
    },
  };
}
