import { describe, expect, it } from 'vitest';
import type { AdminProductFieldsFragment } from '../gql/graphql.js';
import { createInputOf } from './createInputOf.js';
import { stockDeltaOf } from './stockDeltaOf.js';
import { updateInputOf } from './updateInputOf.js';

const form = (fields: Record<string, string>): Map<string, string> => new Map(Object.entries(fields));

const PRODUCT: AdminProductFieldsFragment = {
  id: 'p-1',
  sku: 'MUG-1',
  name: 'Mug',
  description: 'A mug.',
  category: 'Mugs',
  price: { cents: 1290, currency: 'EUR' },
  imageUrl: 'https://images.example.com/mug.png',
  inStock: true,
  stock: 4,
  lowStockThreshold: 5,
  active: true,
  version: 3,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('createInputOf', () => {
  it('builds the input, in cents, leaving empty optional fields to the API defaults', () => {
    expect(
      createInputOf(
        form({
          sku: ' MUG-2 ',
          name: 'Blue mug',
          category: 'Mugs',
          priceCents: '12.9',
          description: '',
          imageUrl: '',
          stock: '',
          lowStockThreshold: '3',
          active: 'on',
        }),
      ),
    ).toEqual({
      input: {
        sku: 'MUG-2',
        name: 'Blue mug',
        category: 'Mugs',
        priceCents: 1290,
        lowStockThreshold: 3,
        active: true,
      },
    });
    expect(createInputOf(form({ sku: 'A1', name: 'n', category: 'c', priceCents: '1', stock: '7' }))).toEqual(
      {
        input: { sku: 'A1', name: 'n', category: 'c', priceCents: 100, stock: 7, active: false },
      },
    );
  });

  it('reads a price written with a decimal comma', () => {
    expect(createInputOf(form({ sku: 'A1', name: 'n', category: 'c', priceCents: '12,90' }))).toMatchObject({
      input: { priceCents: 1290 },
    });
  });

  it('names the field of a price or count it cannot read', () => {
    expect(createInputOf(form({ priceCents: '12.999' }))).toMatchObject({
      error: { code: null, field: 'input.priceCents' },
    });
    expect(createInputOf(form({ priceCents: '1', stock: '-1' }))).toMatchObject({
      error: { field: 'input.stock' },
    });
    expect(createInputOf(form({ priceCents: '1', lowStockThreshold: '2.5' }))).toMatchObject({
      error: { field: 'input.lowStockThreshold' },
    });
  });
});

describe('updateInputOf', () => {
  const same = {
    name: 'Mug',
    description: 'A mug.',
    category: 'Mugs',
    priceCents: '12.90',
    imageUrl: 'https://images.example.com/mug.png',
    lowStockThreshold: '5',
  };

  it('sends only what changed', () => {
    expect(updateInputOf(form(same), PRODUCT)).toEqual({ input: {} });
    expect(updateInputOf(form({ ...same, name: 'Big mug', priceCents: '14' }), PRODUCT)).toEqual({
      input: { name: 'Big mug', priceCents: 1400 },
    });
  });

  it('removes the image when its URL is emptied', () => {
    expect(updateInputOf(form({ ...same, imageUrl: ' ' }), PRODUCT)).toEqual({ input: { imageUrl: null } });
  });

  it('names the field of a price it cannot read', () => {
    expect(updateInputOf(form({ ...same, priceCents: 'ten' }), PRODUCT)).toMatchObject({
      error: { field: 'input.priceCents' },
    });
  });
});

describe('stockDeltaOf', () => {
  it('reads a signed, non-zero number of units', () => {
    expect(stockDeltaOf('10')).toEqual({ input: 10 });
    expect(stockDeltaOf('+2')).toEqual({ input: 2 });
    expect(stockDeltaOf(' -3 ')).toEqual({ input: -3 });
  });

  it('refuses 0 and what is not a whole number', () => {
    for (const text of ['0', '', '1.5', 'ten', '--1'])
      expect(stockDeltaOf(text), text).toMatchObject({ error: { field: 'delta' } });
  });
});
