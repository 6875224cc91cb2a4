import { useId, useMemo } from 'react';
import type { ReactElement } from 'react';
import type { ProfileFieldsFragment } from '../gql/graphql.js';
import { TextField } from '../ui/TextField.js';
import { countryOptions } from './countryOptions.js';

/** An address as the profile holds it. */
export type AddressValue = NonNullable<ProfileFieldsFragment['shippingAddress']>;

/**
 * The fields of a shipping address, with the API's limits and the browser's autofill names, starting from
 * `address` (a saved one) or, for a new one, `name`. The country is chosen by name. `invalidField` (the
 * field a `ValidationError` names, e.g. `postalCode`) is marked invalid and tied to `errorId`. With
 * `required` false (the account page) the address may be left empty.
 */
export function AddressFields({
  address,
  name,
  invalidField,
  errorId,
  required = true,
}: {
  address: AddressValue | null | undefined;
  name?: string | null;
  invalidField?: string | null;
  errorId?: string;
  required?: boolean;
}): ReactElement {
  const id = useId();
  const countries = useMemo(() => countryOptions(), []);
  const saved = address?.country ?? '';
  const field = (key: keyof AddressValue) => ({
    name: key,
    invalid: invalidField === key,
    errorId,
    required: required && key !== 'line2',
  });
  return (
    <fieldset className="form address">
      <legend>Shipping address</legend>
      <TextField
        label="Full name"
        {...field('name')}
        autoComplete="shipping name"
        maxLength={100}
        defaultValue={address?.name ?? name ?? ''}
      />
      <TextField
        label="Street and number"
        {...field('line1')}
        autoComplete="shipping address-line1"
        maxLength={200}
        defaultValue={address?.line1 ?? ''}
      />
      <TextField
        label="Apartment, floor (optional)"
        {...field('line2')}
        autoComplete="shipping address-line2"
        maxLength={200}
        defaultValue={address?.line2 ?? ''}
      />
      <div className="field-pair">
        <TextField
          label="Postal code"
          {...field('postalCode')}
          autoComplete="shipping postal-code"
          maxLength={20}
          defaultValue={address?.postalCode ?? ''}
        />
        <TextField
          label="City"
          {...field('city')}
          autoComplete="shipping address-level2"
          maxLength={100}
          defaultValue={address?.city ?? ''}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-country`}>Country</label>
        <select
          id={`${id}-country`}
          name="country"
          autoComplete="shipping country"
          required={required}
          defaultValue={saved}
          aria-invalid={invalidField === 'country' || undefined}
          aria-describedby={invalidField === 'country' ? errorId : undefined}
        >
          <option value="" disabled={required}>
            {required ? 'Choose a country' : 'No country'}
          </option>
          {saved && !countries.some((country) => country.code === saved) && (
            <option value={saved}>{saved}</option>
          )}
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
