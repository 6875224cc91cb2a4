import { describe, expect, it } from 'vitest';
import { addressInputOf } from './addressInputOf.js';
import { countryOptions } from './countryOptions.js';

describe('addressInputOf', () => {
  it('trims the fields, upper-cases the country and leaves an empty second line out', () => {
    const form = new Map<string, unknown>([
      ['name', ' Ann Example '],
      ['line1', 'Hauptstraße 1 '],
      ['line2', '  '],
      ['city', 'Berlin'],
      ['postalCode', ' 10115'],
      ['country', 'de'],
    ]);
    expect(addressInputOf(form)).toEqual({
      name: 'Ann Example',
      line1: 'Hauptstraße 1',
      city: 'Berlin',
      postalCode: '10115',
      country: 'DE',
    });
    form.set('line2', 'Hinterhaus');
    expect(addressInputOf(form).line2).toBe('Hinterhaus');
  });

  it('reads a missing field as empty, which the API then refuses by name', () => {
    expect(addressInputOf(new Map())).toEqual({ name: '', line1: '', city: '', postalCode: '', country: '' });
  });
});

describe('countryOptions', () => {
  it('names every shipping country in the locale, sorted by name', () => {
    const english = countryOptions('en');
    expect(english).toHaveLength(249);
    expect(english.find((country) => country.code === 'DE')).toEqual({ code: 'DE', name: 'Germany' });
    expect(countryOptions('de').find((country) => country.code === 'DE')?.name).toBe('Deutschland');
    const names = english.map((country) => country.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
  });
});
