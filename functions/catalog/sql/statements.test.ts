// The exact SQL and parameters of every catalog statement. The same statements run on both engines in
// catalog.test.ts; this file pins what is sent, so that a change to it is a visible, reviewed change.
import { describe, expect, it } from 'vitest';
import type { ProductRecord } from '../ProductRecord.js';
import { addStock } from './addStock.js';
import { archiveProduct } from './archiveProduct.js';
import { insertProduct } from './insertProduct.js';
import { insertStockMovement } from './insertStockMovement.js';
import { PRODUCT_COLUMNS } from './productColumns.js';
import { selectActiveProducts } from './selectActiveProducts.js';
import { selectCategories } from './selectCategories.js';
import { selectLowStockProducts } from './selectLowStockProducts.js';
import { selectProduct } from './selectProduct.js';
import { selectProductsPage } from './selectProductsPage.js';
import { selectProductState } from './selectProductState.js';
import { updateProductFields } from './updateProductFields.js';

const COLUMNS =
  'id, sku, name, description, category, price_cents, image_url, stock, low_stock_threshold, active, version, created_at, updated_at';
const NO_FILTER = {
  category: null,
  search: null,
  minPriceCents: null,
  maxPriceCents: null,
  inStockOnly: false,
  archived: false,
};
const text = (name: string, value: string) => ({ name, value: { stringValue: value } });
const long = (name: string, value: number) => ({ name, value: { longValue: value } });

describe('selectProductsPage', () => {
  it('reads the first page of the newest active products, one row more than the page', () => {
    expect(selectProductsPage(NO_FILTER, 'NEWEST', null, 21)).toEqual({
      sql: `SELECT ${COLUMNS} FROM products WHERE active = 1 ORDER BY created_at DESC, id DESC LIMIT :fetch`,
      parameters: [long('fetch', 21)],
    });
  });

  it('reads archived products instead when asked', () => {
    expect(selectProductsPage({ ...NO_FILTER, archived: true }, 'NEWEST', null, 21).sql).toBe(
      `SELECT ${COLUMNS} FROM products WHERE active = 0 ORDER BY created_at DESC, id DESC LIMIT :fetch`,
    );
  });

  it('orders each sort by its column, then the id in the same direction', () => {
    expect(selectProductsPage(NO_FILTER, 'PRICE_ASC', null, 5).sql).toContain(
      'ORDER BY price_cents ASC, id ASC LIMIT :fetch',
    );
    expect(selectProductsPage(NO_FILTER, 'PRICE_DESC', null, 5).sql).toContain(
      'ORDER BY price_cents DESC, id DESC LIMIT :fetch',
    );
    expect(selectProductsPage(NO_FILTER, 'NAME', null, 5).sql).toContain(
      'ORDER BY name ASC, id ASC LIMIT :fetch',
    );
  });

  it('adds every filter, with the search as an escaped, case-insensitive pattern on three columns', () => {
    const filter = {
      category: 'Tea',
      search: '50%_off!',
      minPriceCents: 100,
      maxPriceCents: 900,
      inStockOnly: true,
      archived: false,
    };
    expect(selectProductsPage(filter, 'PRICE_ASC', null, 11)).toEqual({
      sql:
        `SELECT ${COLUMNS} FROM products WHERE active = 1 AND category = :category AND ` +
        "(LOWER(name) LIKE LOWER(:search_name) ESCAPE '!' OR " +
        "LOWER(description) LIKE LOWER(:search_description) ESCAPE '!' OR " +
        "LOWER(sku) LIKE LOWER(:search_sku) ESCAPE '!') AND " +
        'price_cents >= :min_price AND price_cents <= :max_price AND stock > 0 ' +
        'ORDER BY price_cents ASC, id ASC LIMIT :fetch',
      parameters: [
        text('category', 'Tea'),
        text('search_name', '%50!%!_off!!%'),
        text('search_description', '%50!%!_off!!%'),
        text('search_sku', '%50!%!_off!!%'),
        long('min_price', 100),
        long('max_price', 900),
        long('fetch', 11),
      ],
    });
  });

  it('continues after a position: strictly beyond the value, or equal and beyond the id', () => {
    expect(
      selectProductsPage(NO_FILTER, 'NEWEST', { value: '2026-01-05T09:00:00.000Z', id: 'ID9' }, 21),
    ).toEqual({
      sql:
        `SELECT ${COLUMNS} FROM products WHERE active = 1 AND ` +
        '(created_at < :after_value OR (created_at = :after_tie AND id < :after_id)) ' +
        'ORDER BY created_at DESC, id DESC LIMIT :fetch',
      parameters: [
        text('after_value', '2026-01-05T09:00:00.000Z'),
        text('after_tie', '2026-01-05T09:00:00.000Z'),
        text('after_id', 'ID9'),
        long('fetch', 21),
      ],
    });
    expect(selectProductsPage(NO_FILTER, 'PRICE_ASC', { value: 1290, id: 'ID1' }, 6)).toEqual({
      sql:
        `SELECT ${COLUMNS} FROM products WHERE active = 1 AND ` +
        '(price_cents > :after_value OR (price_cents = :after_tie AND id > :after_id)) ' +
        'ORDER BY price_cents ASC, id ASC LIMIT :fetch',
      parameters: [
        long('after_value', 1290),
        long('after_tie', 1290),
        text('after_id', 'ID1'),
        long('fetch', 6),
      ],
    });
  });
});

describe('the single-product statements', () => {
  it('select one product, or only its stock and version', () => {
    expect(PRODUCT_COLUMNS).toBe(COLUMNS);
    expect(selectProduct('P1')).toEqual({
      sql: `SELECT ${COLUMNS} FROM products WHERE id = :id`,
      parameters: [text('id', 'P1')],
    });
    expect(selectProductState('P1')).toEqual({
      sql: 'SELECT stock, version FROM products WHERE id = :id',
      parameters: [text('id', 'P1')],
    });
  });

  it('insert every column, the image as NULL when there is none and active as 0/1', () => {
    const product: ProductRecord = {
      id: '01KE6P4YM0DHC2TM6Y9F93QGZJ',
      sku: 'TEA-1',
      name: 'Sencha',
      description: "it's green",
      category: 'Tea',
      priceCents: 890,
      imageUrl: null,
      stock: 4,
      lowStockThreshold: 5,
      active: false,
      version: 1,
      createdAt: '2026-11-26T08:00:00.000Z',
      updatedAt: '2026-11-26T08:00:00.000Z',
    };
    expect(insertProduct(product)).toEqual({
      sql:
        'INSERT INTO products (id, sku, name, description, category, price_cents, image_url, stock, ' +
        'low_stock_threshold, active, version, created_at, updated_at) VALUES (:id, :sku, :name, ' +
        ':description, :category, :price_cents, :image_url, :stock, :low_stock_threshold, :active, :version, ' +
        ':created_at, :updated_at)',
      parameters: [
        text('id', '01KE6P4YM0DHC2TM6Y9F93QGZJ'),
        text('sku', 'TEA-1'),
        text('name', 'Sencha'),
        text('description', "it's green"),
        text('category', 'Tea'),
        long('price_cents', 890),
        { name: 'image_url', value: { isNull: true } },
        long('stock', 4),
        long('low_stock_threshold', 5),
        long('active', 0),
        long('version', 1),
        text('created_at', '2026-11-26T08:00:00.000Z'),
        text('updated_at', '2026-11-26T08:00:00.000Z'),
      ],
    });
  });

  it('update only the given fields, bump the version, and check it when expected', () => {
    expect(
      updateProductFields('P1', { name: 'New', imageUrl: null, active: true }, '2026-11-26T09:00:00.000Z', 3),
    ).toEqual({
      sql:
        'UPDATE products SET name = :name, image_url = :image_url, active = :active, version = version + 1, ' +
        'updated_at = :updated_at WHERE id = :id AND version = :expected_version AND (HEX(name) <> HEX(:name) ' +
        'OR ((image_url IS NULL) <> (:image_url IS NULL) OR HEX(image_url) <> HEX(:image_url)) OR active <> :active)',
      parameters: [
        text('name', 'New'),
        { name: 'image_url', value: { isNull: true } },
        long('active', 1),
        text('updated_at', '2026-11-26T09:00:00.000Z'),
        text('id', 'P1'),
        long('expected_version', 3),
      ],
    });
    expect(
      updateProductFields(
        'P1',
        { description: 'd', category: 'c', priceCents: 5, lowStockThreshold: 2 },
        '2026-11-26T09:00:00.000Z',
        null,
      ),
    ).toEqual({
      sql:
        'UPDATE products SET description = :description, category = :category, price_cents = :price_cents, ' +
        'low_stock_threshold = :low_stock_threshold, version = version + 1, updated_at = :updated_at WHERE id = :id ' +
        'AND (HEX(description) <> HEX(:description) OR HEX(category) <> HEX(:category) OR ' +
        'price_cents <> :price_cents OR low_stock_threshold <> :low_stock_threshold)',
      parameters: [
        text('description', 'd'),
        text('category', 'c'),
        long('price_cents', 5),
        long('low_stock_threshold', 2),
        text('updated_at', '2026-11-26T09:00:00.000Z'),
        text('id', 'P1'),
      ],
    });
  });

  it('update only a row that the change changes: no field to change is a mistake of the caller', () => {
    expect(() => updateProductFields('P1', {}, '2026-11-26T09:00:00.000Z', null)).toThrow(
      /Invariant violated/,
    );
  });

  it('archive an active product by clearing active and bumping the version', () => {
    expect(archiveProduct('P1', '2026-11-26T09:00:00.000Z')).toEqual({
      sql: 'UPDATE products SET active = 0, version = version + 1, updated_at = :updated_at WHERE id = :id AND active <> 0',
      parameters: [text('updated_at', '2026-11-26T09:00:00.000Z'), text('id', 'P1')],
    });
  });
});

describe('the stock statements', () => {
  it('add stock only while enough remains: nothing required for an increase, -delta for a decrease', () => {
    const sql =
      'UPDATE products SET stock = stock + :delta, updated_at = :updated_at WHERE id = :id AND stock >= :required';
    expect(addStock('P1', 5, '2026-11-26T09:00:00.000Z')).toEqual({
      sql,
      parameters: [
        long('delta', 5),
        text('updated_at', '2026-11-26T09:00:00.000Z'),
        text('id', 'P1'),
        long('required', 0),
      ],
    });
    expect(addStock('P1', -3, '2026-11-26T09:00:00.000Z').parameters).toEqual([
      long('delta', -3),
      text('updated_at', '2026-11-26T09:00:00.000Z'),
      text('id', 'P1'),
      long('required', 3),
    ]);
  });

  it('record a movement', () => {
    expect(
      insertStockMovement({
        id: 'M1',
        productId: 'P1',
        delta: -3,
        reason: 'damaged',
        actor: 'sub-1',
        createdAt: '2026-11-26T09:00:00.000Z',
      }),
    ).toEqual({
      sql:
        'INSERT INTO stock_movements (id, product_id, delta, reason, actor, created_at) ' +
        'VALUES (:id, :product_id, :delta, :reason, :actor, :created_at)',
      parameters: [
        text('id', 'M1'),
        text('product_id', 'P1'),
        long('delta', -3),
        text('reason', 'damaged'),
        text('actor', 'sub-1'),
        text('created_at', '2026-11-26T09:00:00.000Z'),
      ],
    });
  });
});

describe('the list statements', () => {
  it('count active products per category, and list the low-stock ones', () => {
    expect(selectCategories()).toEqual({
      sql: 'SELECT category, COUNT(*) AS product_count FROM products WHERE active = 1 GROUP BY category ORDER BY category',
      parameters: [],
    });
    expect(selectLowStockProducts()).toEqual({
      sql: `SELECT ${COLUMNS} FROM products WHERE active = 1 AND stock <= low_stock_threshold ORDER BY stock, name, id`,
      parameters: [],
    });
  });
});

describe('selectActiveProducts', () => {
  it('reads the active products among the ids, one parameter each, in one statement', () => {
    expect(selectActiveProducts(['p-2', 'p-1'])).toEqual({
      sql: `SELECT ${COLUMNS} FROM products WHERE active = 1 AND id IN (:id0, :id1) ORDER BY id`,
      parameters: [text('id0', 'p-2'), text('id1', 'p-1')],
    });
  });
});
