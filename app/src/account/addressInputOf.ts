import type { AddressInput } from '../gql/graphql.js';

/**
 * The address a form holds (fields `name`, `line1`, `line2`, `city`, `postalCode`, `country`) as the API
 * takes it: trimmed, the country upper-case, an empty second line left out.
 *
 * @example
 * addressInputOf(form) // => { name: 'Ann', line1: 'Hauptstraße 1', city: 'Berlin', postalCode: '10115', country: 'DE' }
 */
export function addressInputOf(form: { get(name: string): unknown }): AddressInput {
  const text = (name: string): string => {
    const value = form.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const line2 = text('line2');
  return {
    name: text('name'),
    line1: text('line1'),
    ...(line2 ? { line2 } : {}),
    city: text('city'),
    postalCode: text('postalCode'),
    country: text('country').toUpperCase(),
  };
}
