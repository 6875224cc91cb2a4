import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../../schema/loadSchema.js';
import { fieldAuthTable } from './fieldAuthTable.js';
import { isAuthorized } from './isAuthorized.js';
import type { Caller } from './isAuthorized.js';

// ShopSync's modes (`shop.api.auth`): Cognito by default, API key and IAM in addition; CloudFormation
// requires defaultAction ALLOW once there are additional providers.
const schema = loadSchema();
const table = fieldAuthTable(schema, {
  defaultMode: 'AMAZON_COGNITO_USER_POOLS',
  additionalModes: ['API_KEY', 'AWS_IAM'],
  defaultAction: 'ALLOW',
});

const personas: Readonly<Record<string, Caller>> = {
  guest: { mode: 'API_KEY', groups: [] },
  shopper: { mode: 'AMAZON_COGNITO_USER_POOLS', groups: [] },
  admin: { mode: 'AMAZON_COGNITO_USER_POOLS', groups: ['admins'] },
  backend: { mode: 'AWS_IAM', groups: [] },
};

// field → [guest, shopper, admin, backend (IAM)], from the **Who:** lines of `schema.graphql`.
const expected: readonly (readonly [string, readonly [boolean, boolean, boolean, boolean]])[] = [
  ['Query.products', [true, true, true, false]],
  ['Query.product', [true, true, true, false]],
  ['Query.categories', [true, true, true, false]],
  ['ProductConnection.items', [true, true, true, false]],
  ['Product.name', [true, true, true, false]],
  ['Product.price', [true, true, true, false]],
  ['Money.cents', [true, true, true, false]],
  ['Category.productCount', [true, true, true, false]],
  ['Product.stock', [false, false, true, false]],
  ['Product.lowStockThreshold', [false, false, true, false]],
  ['Product.active', [false, false, true, false]],
  ['Product.version', [false, false, true, false]],
  ['Query.me', [false, true, true, false]],
  ['User.email', [false, true, true, false]],
  ['Query.cart', [false, true, true, false]],
  ['CartItem.product', [false, true, true, false]],
  ['Query.order', [false, true, true, false]],
  ['Order.userId', [false, true, true, false]],
  ['Query.myOrders', [false, true, true, false]],
  ['Query.quotePromoCode', [false, true, true, false]],
  ['Query.orders', [false, false, true, false]],
  ['Query.promoCodes', [false, false, true, false]],
  ['PromoCode.code', [false, false, true, false]],
  ['Query.lowStockProducts', [false, false, true, false]],
  ['Query.salesReport', [false, false, true, false]],
  ['SalesReport.revenue', [false, false, true, false]],
  ['ProductSales.quantity', [false, false, true, false]],
  ['Mutation.setCartItem', [false, true, true, false]],
  ['Mutation.placeOrder', [false, true, true, false]],
  ['Mutation.cancelOrder', [false, true, true, false]],
  ['Mutation.updateProfile', [false, true, true, false]],
  ['Mutation.createProduct', [false, false, true, false]],
  ['Mutation.adjustStock', [false, false, true, false]],
  ['Mutation.updateOrderStatus', [false, false, true, false]],
  ['Mutation.runDailySalesReport', [false, false, true, false]],
  ['Mutation.publishOrderStatus', [false, false, false, true]],
  ['Subscription.onOrderStatusChanged', [false, true, true, false]],
  ['OrderStatusEvent.userId', [false, true, true, true]],
  ['OrderStatusEvent.status', [false, true, true, true]],
];

describe('ShopSync schema authorization per persona (schema.graphql directives and **Who:** lines)', () => {
  it.each(expected)('%s', (coordinate, [guest, shopper, admin, backend]) => {
    const [typeName = '', fieldName = ''] = coordinate.split('.');
    const outcome = Object.fromEntries(
      Object.entries(personas).map(([name, caller]) => [
        name,
        isAuthorized(table, typeName, fieldName, caller),
      ]),
    );
    expect(outcome).toEqual({ guest, shopper, admin, backend });
  });

  it('has a rule for every field of every object type', () => {
    const fields = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
      .flatMap((type) =>
        isObjectType(type) ? Object.keys(type.getFields()).map((f) => `${type.name}.${f}`) : [],
      );
    expect([...table.keys()].sort()).toEqual(fields.sort());
  });

  it('gives the API key no way to any mutation or subscription, and IAM only publishOrderStatus', () => {
    const rootFields = (name: 'Mutation' | 'Subscription') =>
      [...table.keys()].filter((key) => key.startsWith(`${name}.`)).map((key) => key.split('.')[1] ?? '');
    for (const root of ['Mutation', 'Subscription'] as const) {
      for (const field of rootFields(root)) {
        expect(isAuthorized(table, root, field, personas.guest as Caller), `${root}.${field}`).toBe(false);
        expect(isAuthorized(table, root, field, personas.backend as Caller), `${root}.${field}`).toBe(
          field === 'publishOrderStatus',
        );
      }
    }
  });
});
