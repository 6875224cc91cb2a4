import { describe, expect, it } from 'vitest';
import {
  Kind,
  assertValidSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
  valueFromASTUntyped,
} from 'graphql';
import type {
  ConstDirectiveNode,
  GraphQLField,
  GraphQLInputField,
  GraphQLInputObjectType,
  GraphQLObjectType,
} from 'graphql';
import { awsDeclarations, loadSchema, schemaSource } from './loadSchema.js';

/** Who may call an operation, as the contract says; each maps to the exact auth directives AppSync needs. */
type Access = 'public' | 'user' | 'admin' | 'iam';

const AUTH_FOR: Readonly<Record<Access, readonly string[]>> = {
  public: ['@aws_api_key', '@aws_cognito_user_pools'],
  user: ['@aws_cognito_user_pools'],
  admin: ['@aws_cognito_user_pools(admins)'],
  iam: ['@aws_iam'],
};

type Operation = readonly [
  root: 'Query' | 'Mutation' | 'Subscription',
  name: string,
  args: readonly string[],
  returns: string,
  access: Access,
];

// The operations of the contract. Every root field must be listed here, so that a new operation cannot ship
// without a decision on who may call it.
const OPERATIONS: readonly Operation[] = [
  ['Query', 'product', ['id: ID!'], 'Product', 'public'],
  [
    'Query',
    'products',
    ['filter: ProductFilter', 'sort: ProductSort', 'limit: Int', 'nextToken: String'],
    'ProductConnection!',
    'public',
  ],
  ['Query', 'categories', [], '[Category!]!', 'public'],
  ['Query', 'me', [], 'User!', 'user'],
  ['Query', 'cart', [], 'Cart!', 'user'],
  ['Query', 'order', ['id: ID!'], 'Order', 'user'],
  ['Query', 'myOrders', ['limit: Int', 'nextToken: String'], 'OrderConnection!', 'user'],
  ['Query', 'quotePromoCode', ['code: String!', 'subtotalCents: Int!'], 'PromoQuote!', 'user'],
  [
    'Query',
    'orders',
    ['filter: OrderFilter', 'limit: Int', 'nextToken: String'],
    'OrderConnection!',
    'admin',
  ],
  ['Query', 'promoCodes', ['limit: Int', 'nextToken: String'], 'PromoCodeConnection!', 'admin'],
  ['Query', 'lowStockProducts', [], '[Product!]!', 'admin'],
  ['Query', 'salesReport', ['date: AWSDate!'], 'SalesReport', 'admin'],
  ['Query', 'salesReports', ['from: AWSDate!', 'to: AWSDate!'], '[SalesReport!]!', 'admin'],
  ['Mutation', 'setCartItem', ['productId: ID!', 'quantity: Int!'], 'Cart!', 'user'],
  ['Mutation', 'mergeCart', ['items: [CartItemInput!]!'], 'Cart!', 'user'],
  ['Mutation', 'clearCart', [], 'Cart!', 'user'],
  ['Mutation', 'placeOrder', ['input: PlaceOrderInput!'], 'Order!', 'user'],
  ['Mutation', 'cancelOrder', ['id: ID!'], 'Order!', 'user'],
  ['Mutation', 'updateProfile', ['input: UpdateProfileInput!'], 'User!', 'user'],
  ['Mutation', 'createProduct', ['input: CreateProductInput!'], 'Product!', 'admin'],
  [
    'Mutation',
    'updateProduct',
    ['id: ID!', 'input: UpdateProductInput!', 'expectedVersion: Int'],
    'Product!',
    'admin',
  ],
  ['Mutation', 'deleteProduct', ['id: ID!'], 'Product!', 'admin'],
  ['Mutation', 'adjustStock', ['id: ID!', 'delta: Int!', 'reason: String!'], 'Product!', 'admin'],
  ['Mutation', 'createPromoCode', ['input: CreatePromoCodeInput!'], 'PromoCode!', 'admin'],
  ['Mutation', 'updatePromoCode', ['code: String!', 'input: UpdatePromoCodeInput!'], 'PromoCode!', 'admin'],
  ['Mutation', 'updateOrderStatus', ['id: ID!', 'status: OrderStatus!', 'reason: String'], 'Order!', 'admin'],
  ['Mutation', 'runDailySalesReport', ['date: AWSDate'], 'SalesReport!', 'admin'],
  ['Mutation', 'publishOrderStatus', ['input: OrderStatusEventInput!'], 'OrderStatusEvent', 'iam'],
  ['Subscription', 'onOrderStatusChanged', ['orderId: ID'], 'OrderStatusEvent', 'user'],
];

// Fields, input fields and enum values that the contract fixes, with
// their types: clients depend on the nullability too. Types may have more.
const CONTRACT_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  Money: ['cents: Int!', 'currency: String!'],
  Product: [
    'id: ID!',
    'sku: String!',
    'name: String!',
    'description: String!',
    'category: String!',
    'price: Money!',
    'imageUrl: AWSURL',
    'inStock: Boolean!',
    'createdAt: AWSDateTime!',
    'updatedAt: AWSDateTime!',
    'stock: Int!',
    'lowStockThreshold: Int!',
    'active: Boolean!',
    'version: Int!',
  ],
  ProductConnection: ['items: [Product!]!', 'nextToken: String'],
  ProductFilter: [
    'category: String',
    'search: String',
    'minPriceCents: Int',
    'maxPriceCents: Int',
    'inStockOnly: Boolean',
  ],
  ProductSort: ['NEWEST', 'PRICE_ASC', 'PRICE_DESC', 'NAME'],
  Category: ['name: String!', 'productCount: Int!'],
  CartItem: ['productId: ID!', 'quantity: Int!', 'product: Product'],
  Cart: ['items: [CartItem!]!', 'subtotal: Money!', 'updatedAt: AWSDateTime'],
  CartItemInput: ['productId: ID!', 'quantity: Int!'],
  Order: [
    'id: ID!',
    'userId: ID!',
    'status: OrderStatus!',
    'statusReason: String',
    'items: [OrderItem!]!',
    'subtotal: Money!',
    'discount: Money!',
    'total: Money!',
    'promoCode: String',
    'shippingAddress: Address!',
    'createdAt: AWSDateTime!',
    'updatedAt: AWSDateTime!',
    'history: [OrderStatusChange!]!',
  ],
  OrderItem: [
    'productId: ID!',
    'sku: String!',
    'name: String!',
    'unitPrice: Money!',
    'quantity: Int!',
    'lineTotal: Money!',
  ],
  OrderStatus: ['PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED', 'SHIPPED', 'DELIVERED'],
  OrderStatusChange: ['status: OrderStatus!', 'reason: String', 'at: AWSDateTime!', 'by: ID'],
  OrderConnection: ['items: [Order!]!', 'nextToken: String'],
  OrderFilter: ['status: OrderStatus', 'userId: ID', 'from: AWSDateTime', 'to: AWSDateTime'],
  OrderStatusEvent: [
    'orderId: ID!',
    'userId: ID!',
    'status: OrderStatus!',
    'reason: String',
    'at: AWSDateTime!',
  ],
  OrderStatusEventInput: [
    'orderId: ID!',
    'userId: ID!',
    'status: OrderStatus!',
    'reason: String',
    'at: AWSDateTime!',
  ],
  Address: [
    'name: String!',
    'line1: String!',
    'line2: String',
    'city: String!',
    'postalCode: String!',
    'country: String!',
  ],
  AddressInput: [
    'name: String!',
    'line1: String!',
    'line2: String',
    'city: String!',
    'postalCode: String!',
    'country: String!',
  ],
  PlaceOrderInput: [
    'items: [CartItemInput!]',
    'promoCode: String',
    'shippingAddress: AddressInput!',
    'idempotencyKey: String!',
  ],
  PromoCode: [
    'code: String!',
    'kind: PromoKind!',
    'value: Int!',
    'minSubtotal: Money',
    'maxRedemptions: Int',
    'perCustomerLimit: Int',
    'redemptions: Int!',
    'startsAt: AWSDateTime',
    'expiresAt: AWSDateTime',
    'active: Boolean!',
  ],
  PromoKind: ['PERCENT', 'FIXED'],
  PromoCodeConnection: ['items: [PromoCode!]!', 'nextToken: String'],
  CreatePromoCodeInput: ['code: String!', 'kind: PromoKind!', 'value: Int!'],
  UpdatePromoCodeInput: ['active: Boolean'],
  PromoQuote: ['code: String!', 'valid: Boolean!', 'discount: Money!'],
  User: ['id: ID!', 'email: AWSEmail!', 'name: String', 'isAdmin: Boolean!', 'createdAt: AWSDateTime!'],
  UpdateProfileInput: ['name: String'],
  CreateProductInput: ['sku: String!', 'name: String!', 'category: String!', 'priceCents: Int!'],
  UpdateProductInput: ['name: String', 'priceCents: Int', 'active: Boolean'],
  SalesReport: [
    'date: AWSDate!',
    'orders: Int!',
    'itemsSold: Int!',
    'revenue: Money!',
    'averageOrderValue: Money!',
    'cancelled: Int!',
    'rejected: Int!',
    'topProducts: [ProductSales!]!',
    'generatedAt: AWSDateTime!',
  ],
  ProductSales: ['productId: ID!', 'sku: String!', 'name: String!', 'quantity: Int!', 'revenue: Money!'],
};

const AUTH_DIRECTIVES = new Set([
  'aws_api_key',
  'aws_iam',
  'aws_oidc',
  'aws_lambda',
  'aws_cognito_user_pools',
  'aws_auth',
]);
const DEFAULT_AUTH = ['@aws_cognito_user_pools'];
const ADMIN_ONLY = ['@aws_cognito_user_pools(admins)'];

const schema = loadSchema();
const awsNames = new Set(
  parse(awsDeclarations()).definitions.flatMap((d) =>
    d.kind === Kind.SCALAR_TYPE_DEFINITION || d.kind === Kind.DIRECTIVE_DEFINITION ? [d.name.value] : [],
  ),
);

/** The auth directives on a type or field, e.g. `@aws_cognito_user_pools(admins)`, sorted. */
function authOf(
  node: { readonly directives?: readonly ConstDirectiveNode[] | undefined } | null | undefined,
): string[] {
  return (node?.directives ?? [])
    .filter((d) => AUTH_DIRECTIVES.has(d.name.value))
    .map((d) => {
      const groups = d.arguments?.find((a) => a.name.value === 'cognito_groups');
      return groups === undefined
        ? `@${d.name.value}`
        : `@${d.name.value}(${(valueFromASTUntyped(groups.value) as string[]).join(',')})`;
    })
    .sort();
}

/**
 * The modes AppSync admits for a field: the field's own auth directives if it has any, else its type's,
 * else the default mode (Cognito user pools).
 */
function effectiveAuth(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string[] {
  const own = authOf(field.astNode);
  if (own.length > 0) return own;
  const inherited = authOf(type.astNode);
  return inherited.length > 0 ? inherited : DEFAULT_AUTH;
}

function rootType(name: Operation[0]): GraphQLObjectType {
  const type = schema.getType(name);
  if (!isObjectType(type)) throw new Error(`no object type ${name}`);
  return type;
}

function rootField(root: Operation[0], name: string): GraphQLField<unknown, unknown> {
  const field = rootType(root).getFields()[name];
  if (field === undefined) throw new Error(`no ${root}.${name}`);
  return field;
}

/**
 * Fields a caller in `mode` (e.g. `@aws_api_key`) reaches from the given root fields but would be
 * refused. Fields restricted to the admins group on purpose are skipped, not descended into.
 */
function refusedFields(mode: string, roots: readonly Operation[]): string[] {
  const refused: string[] = [];
  const seen = new Set<string>();
  const visit = (typeName: string): void => {
    const type = schema.getType(typeName);
    if (!isObjectType(type) || seen.has(typeName)) return;
    seen.add(typeName);
    for (const field of Object.values(type.getFields())) {
      const auth = effectiveAuth(type, field);
      if (auth.some((a) => a === mode || a.startsWith(`${mode}(`))) visit(getNamedType(field.type).name);
      else if (auth.join() !== ADMIN_ONLY.join()) refused.push(`${type.name}.${field.name}`);
    }
  };
  for (const [root, name] of roots) visit(getNamedType(rootField(root, name).type).name);
  return refused;
}

function ownTypeNames(): string[] {
  return Object.values(schema.getTypeMap())
    .filter((t) => !isIntrospectionType(t) && !isSpecifiedScalarType(t) && !awsNames.has(t.name))
    .map((t) => t.name);
}

describe('schema.graphql', () => {
  it('builds with the AWS declarations into a valid schema with the AppSync root types', () => {
    expect(() => assertValidSchema(schema)).not.toThrow();
    expect(schema.getQueryType()?.name).toBe('Query');
    expect(schema.getMutationType()?.name).toBe('Mutation');
    expect(schema.getSubscriptionType()?.name).toBe('Subscription');
  });

  it('declares no AWS scalar or directive, which AppSync would reject', () => {
    const declared = parse(schemaSource()).definitions.flatMap((d) =>
      d.kind === Kind.SCALAR_TYPE_DEFINITION || d.kind === Kind.DIRECTIVE_DEFINITION ? [d.name.value] : [],
    );
    expect(declared.filter((name) => awsNames.has(name) || name.startsWith('aws_'))).toEqual([]);
  });

  it('leaves only scalars and directives to aws.graphql', () => {
    const kinds = new Set(parse(awsDeclarations()).definitions.map((d) => d.kind));
    expect([...kinds].sort()).toEqual([Kind.DIRECTIVE_DEFINITION, Kind.SCALAR_TYPE_DEFINITION].sort());
  });

  it.each(OPERATIONS)('has %s.%s with the documented arguments and result', (root, name, args, returns) => {
    const field = rootField(root, name);
    expect(field.args.map((a) => `${a.name}: ${a.type.toString()}`)).toEqual(args);
    expect(field.type.toString()).toBe(returns);
  });

  it('lists every operation in the contract table', () => {
    const actual = (['Query', 'Mutation', 'Subscription'] as const).flatMap((root) =>
      Object.keys(rootType(root).getFields()).map((name) => `${root}.${name}`),
    );
    expect(actual.sort()).toEqual(OPERATIONS.map(([root, name]) => `${root}.${name}`).sort());
  });

  it.each(Object.entries(CONTRACT_MEMBERS))('has the contract members of %s', (typeName, members) => {
    const type = schema.getType(typeName);
    let actual: string[];
    if (isEnumType(type)) actual = type.getValues().map((v) => v.name);
    else if (isObjectType(type) || isInputObjectType(type))
      actual = fieldsOf(type).map((f) => `${f.name}: ${f.type.toString()}`);
    else throw new Error(`${typeName} is missing or not an object, input or enum type`);
    expect(actual).toEqual(expect.arrayContaining([...members]));
  });

  it('describes every type, field, argument, input field and enum value', () => {
    const undescribed: string[] = [];
    const check = (path: string, description: string | null | undefined): void => {
      if ((description ?? '').trim() === '') undescribed.push(path);
    };
    for (const name of ownTypeNames()) {
      const type = schema.getType(name);
      check(name, type?.description);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of fieldsOf(type)) {
          check(`${name}.${field.name}`, field.description);
          for (const arg of 'args' in field ? field.args : [])
            check(`${name}.${field.name}(${arg.name})`, arg.description);
        }
      } else if (isEnumType(type)) {
        for (const value of type.getValues()) check(`${name}.${value.name}`, value.description);
      }
    }
    expect(undescribed).toEqual([]);
  });
});

describe('schema.graphql auth', () => {
  it.each(OPERATIONS)(
    '%s.%s carries exactly the auth directives for its callers',
    (root, name, _a, _r, access) => {
      expect(authOf(rootField(root, name).astNode)).toEqual(AUTH_FOR[access]);
    },
  );

  it('lets the public catalog types be read with the API key and by users', () => {
    for (const name of ['Product', 'Money', 'Category', 'ProductConnection']) {
      expect(authOf(schema.getType(name)?.astNode), name).toEqual(AUTH_FOR.public);
    }
  });

  it('keeps stock, lowStockThreshold, active and version of Product to admins', () => {
    const fields = rootType('Query').getFields()['product'];
    const product = getNamedType(fields?.type);
    if (!isObjectType(product)) throw new Error('Query.product does not return an object type');
    for (const name of ['stock', 'lowStockThreshold', 'active', 'version']) {
      expect(authOf(product.getFields()[name]?.astNode), name).toEqual(ADMIN_ONLY);
    }
  });

  it('lets the backend publish order status events and users receive them', () => {
    expect(authOf(schema.getType('OrderStatusEvent')?.astNode)).toEqual([
      '@aws_cognito_user_pools',
      '@aws_iam',
    ]);
    const subscribe = rootField('Subscription', 'onOrderStatusChanged').astNode?.directives?.find(
      (d) => d.name.value === 'aws_subscribe',
    );
    const mutations = subscribe?.arguments?.find((a) => a.name.value === 'mutations');
    expect(mutations && valueFromASTUntyped(mutations.value)).toEqual(['publishOrderStatus']);
    // AppSync requires the subscription and its trigger mutations to return the same type.
    expect(rootField('Mutation', 'publishOrderStatus').type.toString()).toBe(
      rootField('Subscription', 'onOrderStatusChanged').type.toString(),
    );
  });

  // A type without @aws_api_key under a public operation would fail at run time for API key callers only.
  it.each([
    ['@aws_api_key', 'public'],
    ['@aws_cognito_user_pools', 'user'],
    ['@aws_cognito_user_pools', 'admin'],
    ['@aws_iam', 'iam'],
  ] as const)('lets a %s caller read everything its %s operations return', (mode, access) => {
    const roots = OPERATIONS.filter((op) => op[4] === access || (access === 'user' && op[4] === 'public'));
    expect(refusedFields(mode, roots)).toEqual([]);
  });
});

/** The fields of an object or input type, typed as the union graphql-js leaves implicit. */
function fieldsOf(
  type: GraphQLObjectType | GraphQLInputObjectType,
): readonly (GraphQLField<unknown, unknown> | GraphQLInputField)[] {
  return Object.values<GraphQLField<unknown, unknown> | GraphQLInputField>(type.getFields());
}
