import type { AdminProductFieldsFragment, UpdateProductInput } from '../gql/graphql.js';
import { parsePriceCents } from '../money/parsePriceCents.js';
import { formText } from '../ui/formText.js';
import type { FormFields, FormResult } from './FormResult.js';
import { invalidInput } from './invalidInput.js';
import { wholeNumberOf } from './wholeNumberOf.js';

/**
 * The `updateProduct` input of the product form: only the fields that differ from `product` as loaded
 * (an emptied image URL is sent as null, which removes the image). An empty input means nothing changed.
 */
export function updateInputOf(
  form: FormFields,
  product: AdminProductFieldsFragment,
): FormResult<UpdateProductInput> {
  const priceCents = parsePriceCents(formText(form, 'priceCents'));
  if (priceCents === null)
    return invalidInput('input.priceCents', 'Enter the price as a number such as 12.90 or 12,90');
  const lowStockThreshold = wholeNumberOf(form, 'lowStockThreshold');
  if (lowStockThreshold === null)
    return invalidInput(
      'input.lowStockThreshold',
      'Enter the low-stock threshold as a whole number, 0 or more',
    );
  const name = formText(form, 'name').trim();
  const description = formText(form, 'description').trim();
  const category = formText(form, 'category').trim();
  const imageUrl = formText(form, 'imageUrl').trim() || null;
  return {
    input: {
      ...(name !== product.name ? { name } : {}),
      ...(description !== product.description ? { description } : {}),
      ...(category !== product.category ? { category } : {}),
      ...(priceCents !== product.price.cents ? { priceCents } : {}),
      ...(imageUrl !== (product.imageUrl ?? null) ? { imageUrl } : {}),
      ...(lowStockThreshold !== undefined && lowStockThreshold !== product.lowStockThreshold
        ? { lowStockThreshold }
        : {}),
    },
  };
}
