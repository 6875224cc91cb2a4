import { ISO_COUNTRIES } from '../../../domain/isoCountries.js';

/** A country to choose: its ISO 3166-1 alpha-2 code and its name in the reader's language. */
export interface CountryOption {
  readonly code: string;
  readonly name: string;
}

/**
 * The countries an order can ship to (the orders function's list), named in `locale` and sorted by name;
 * a code `Intl` cannot name is shown as the code.
 *
 * @example
 * countryOptions('en').find((country) => country.code === 'DE') // => { code: 'DE', name: 'Germany' }
 */
export function countryOptions(locale?: string): readonly CountryOption[] {
  const names = new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(locale);
  return [...ISO_COUNTRIES]
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
