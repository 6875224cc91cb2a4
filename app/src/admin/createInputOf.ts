import type { CreateProductInput } from '../gql/graphql.js';
import { parsePriceCents } from '../money/parsePriceCents.js';
import { formText } from '../ui/formText.js';
import type { FormFields, FormResult } from './FormResult.js';
import { invalidInput } from './invalidInput.js';
import { wholeNumberOf } from './wholeNumberOf.js';

/**
 * The `createProduct` input of the product form. The form checks what only it can (a price typed with at
 * most two decimals, whole numbers of units); the API checks the rest and names the field at fault. Empty
 * optional fields are left out, so the API's defaults apply (stock 0, threshold 5).
 *
 * @example
 * createInputOf(new Map([['sku', 'MUG-1'], ['name', 'Mug'], ['category', 'Mugs'], ['priceCents', '12.90']]))
 * // => { input: { sku: 'MUG-1', name: 'Mug', category: 'Mugs', priceCents: 1290, active: false } }
 */
export function createInputOf(form: FormFields): FormResult<CreateProductInput> {
  const priceCents = parsePriceCents(formText(form, 'priceCents'));
  if (priceCents === null)
    return invalidInput('input.priceCents', 'Enter the price as a number such as 12.90 or 12,90');
  const stock = wholeNumberOf(form, 'stock');
  if (stock === null)
    return invalidInput('input.stock', 'Enter the initial stock as a whole number, 0 or more');
  const lowStockThreshold = wholeNumberOf(form, 'lowStockThreshold');
  if (lowStockThreshold === null)
    return invalidInput(
      'input.lowStockThreshold',
      'Enter the low-stock threshold as a whole number, 0 or more',
    );
  const description = formText(form, 'description').trim();
  const imageUrl = formText(form, 'imageUrl').trim();
  return {
    input: {
      sku: formText(form, 'sku').trim(),
      name: formText(form, 'name').trim(),
      category: formText(form, 'category').trim(),
      priceCents,
      ...(description ? { description } : {}),
      ...(imageUrl ? { imageUrl } : {}),
      ...(stock !== undefined ? { stock } : {}),
      ...(lowStockThreshold !== undefined ? { lowStockThreshold } : {}),
      // An unticked checkbox is absent from the form's data.
      active: form.get('active') != null,
    },
  };
}
