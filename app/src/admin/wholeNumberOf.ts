import { formText } from '../ui/formText.js';
import type { FormFields } from './FormResult.js';

/** A count of units typed in a field (0 to 9999999): undefined when left empty, null when it is not one. */
export function wholeNumberOf(form: FormFields, name: string): number | undefined | null {
  const text = formText(form, name).trim();
  if (text === '') return undefined;
  return /^\d{1,7}$/.test(text) ? Number(text) : null;
}
