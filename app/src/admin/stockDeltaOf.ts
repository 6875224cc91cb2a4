import type { FormResult } from './FormResult.js';
import { invalidInput } from './invalidInput.js';

/**
 * The units of a stock adjustment typed in a field: a non-zero whole number, negative to take units
 * away (the API allows -1000000 to 1000000 and refuses a change below 0 stock itself).
 *
 * @example
 * stockDeltaOf('-3') // => { input: -3 }
 */
export function stockDeltaOf(text: string): FormResult<number> {
  const delta = /^\s*[+-]?\d{1,7}\s*$/.test(text) ? Number(text) : 0;
  if (delta === 0)
    return invalidInput('delta', 'Enter the units to add (e.g. 10) or to take away (e.g. -3), not 0');
  return { input: delta };
}
