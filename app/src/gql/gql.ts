/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AdminProductFields on Product {\n    id\n    sku\n    name\n    description\n    category\n    price {\n      cents\n      currency\n    }\n    imageUrl\n    inStock\n    stock\n    lowStockThreshold\n    active\n    version\n    updatedAt\n  }\n": typeof types.AdminProductFieldsFragmentDoc,
    "\n  mutation AdjustStock($id: ID!, $delta: Int!, $reason: String!) {\n    adjustStock(id: $id, delta: $delta, reason: $reason) {\n      ...AdminProductFields\n    }\n  }\n": typeof types.AdjustStockDocument,
    "\n  query AdminProduct($id: ID!) {\n    product(id: $id) {\n      ...AdminProductFields\n    }\n  }\n": typeof types.AdminProductDocument,
    "\n  query AdminProducts($filter: ProductFilter, $limit: Int, $nextToken: String) {\n    products(filter: $filter, sort: NEWEST, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...AdminProductFields\n      }\n      nextToken\n    }\n  }\n": typeof types.AdminProductsDocument,
    "\n  mutation DeleteProduct($id: ID!) {\n    deleteProduct(id: $id) {\n      ...AdminProductFields\n    }\n  }\n": typeof types.DeleteProductDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ...AdminProductFields\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  query LowStockProducts {\n    lowStockProducts {\n      ...AdminProductFields\n    }\n  }\n": typeof types.LowStockProductsDocument,
    "\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!, $expectedVersion: Int) {\n    updateProduct(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...AdminProductFields\n    }\n  }\n": typeof types.UpdateProductDocument,
    "\n  fragment ProductCardFields on Product {\n    id\n    sku\n    name\n    category\n    price {\n      cents\n      currency\n    }\n    imageUrl\n    inStock\n  }\n": typeof types.ProductCardFieldsFragmentDoc,
    "\n  query CatalogProducts($filter: ProductFilter, $sort: ProductSort, $limit: Int, $nextToken: String) {\n    products(filter: $filter, sort: $sort, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...ProductCardFields\n      }\n      nextToken\n    }\n  }\n": typeof types.CatalogProductsDocument,
    "\n  query Categories {\n    categories {\n      name\n      productCount\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  query ProductDetails($id: ID!) {\n    product(id: $id) {\n      ...ProductCardFields\n      description\n    }\n  }\n": typeof types.ProductDetailsDocument,
};
const documents: Documents = {
    "\n  fragment AdminProductFields on Product {\n    id\n    sku\n    name\n    description\n    category\n    price {\n      cents\n      currency\n    }\n    imageUrl\n    inStock\n    stock\n    lowStockThreshold\n    active\n    version\n    updatedAt\n  }\n": types.AdminProductFieldsFragmentDoc,
    "\n  mutation AdjustStock($id: ID!, $delta: Int!, $reason: String!) {\n    adjustStock(id: $id, delta: $delta, reason: $reason) {\n      ...AdminProductFields\n    }\n  }\n": types.AdjustStockDocument,
    "\n  query AdminProduct($id: ID!) {\n    product(id: $id) {\n      ...AdminProductFields\n    }\n  }\n": types.AdminProductDocument,
    "\n  query AdminProducts($filter: ProductFilter, $limit: Int, $nextToken: String) {\n    products(filter: $filter, sort: NEWEST, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...AdminProductFields\n      }\n      nextToken\n    }\n  }\n": types.AdminProductsDocument,
    "\n  mutation DeleteProduct($id: ID!) {\n    deleteProduct(id: $id) {\n      ...AdminProductFields\n    }\n  }\n": types.DeleteProductDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ...AdminProductFields\n    }\n  }\n": types.CreateProductDocument,
    "\n  query LowStockProducts {\n    lowStockProducts {\n      ...AdminProductFields\n    }\n  }\n": types.LowStockProductsDocument,
    "\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!, $expectedVersion: Int) {\n    updateProduct(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...AdminProductFields\n    }\n  }\n": types.UpdateProductDocument,
    "\n  fragment ProductCardFields on Product {\n    id\n    sku\n    name\n    category\n    price {\n      cents\n      currency\n    }\n    imageUrl\n    inStock\n  }\n": types.ProductCardFieldsFragmentDoc,
    "\n  query CatalogProducts($filter: ProductFilter, $sort: ProductSort, $limit: Int, $nextToken: String) {\n    products(filter: $filter, sort: $sort, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...ProductCardFields\n      }\n      nextToken\n    }\n  }\n": types.CatalogProductsDocument,
    "\n  query Categories {\n    categories {\n      name\n      productCount\n    }\n  }\n": types.CategoriesDocument,
    "\n  query ProductDetails($id: ID!) {\n    product(id: $id) {\n      ...ProductCardFields\n      description\n    }\n  }\n": types.ProductDetailsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminProductFields on Product {\n    id\n    sku\n    name\n    description\n    category\n    price {\n      cents\n      currency\n    }\n    imageUrl\n    inStock\n    stock\n    lowStockThreshold\n    active\n    version\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment AdminProductFields on Product {\n    id\n    sku\n    name\n    description\n    category\n    price {\n      cents\n      currency\n    }\n    imageUrl\n    inStock\n    stock\n    lowStockThreshold\n    active\n    version\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustStock($id: ID!, $delta: Int!, $reason: String!) {\n    adjustStock(id: $id, delta: $delta, reason: $reason) {\n      ...AdminProductFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdjustStock($id: ID!, $delta: Int!, $reason: String!) {\n    adjustStock(id: $id, delta: $delta, reason: $reason) {\n      ...AdminProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProduct($id: ID!) {\n    product(id: $id) {\n      ...AdminProductFields\n    }\n  }\n"): (typeof documents)["\n  query AdminProduct($id: ID!) {\n    product(id: $id) {\n      ...AdminProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProducts($filter: ProductFilter, $limit: Int, $nextToken: String) {\n    products(filter: $filter, sort: NEWEST, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...AdminProductFields\n      }\n      nextToken\n    }\n  }\n"): (typeof documents)["\n  query AdminProducts($filter: ProductFilter, $limit: Int, $nextToken: String) {\n    products(filter: $filter, sort: NEWEST, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...AdminProductFields\n      }\n      nextToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProduct($id: ID!) {\n    deleteProduct(id: $id) {\n      ...AdminProductFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteProduct($id: ID!) {\n    deleteProduct(id: $id) {\n      ...AdminProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ...AdminProductFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ...AdminProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LowStockProducts {\n    lowStockProducts {\n      ...AdminProductFields\n    }\n  }\n"): (typeof documents)["\n  query LowStockProducts {\n    lowStockProducts {\n      ...AdminProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!, $expectedVersion: Int) {\n    updateProduct(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...AdminProductFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!, $expectedVersion: Int) {\n    updateProduct(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...AdminProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCardFields on Product {\n    id\n    sku\n    name\n    category\n    price {\n      cents\n      currency\n    }\n    imageUrl\n    inStock\n  }\n"): (typeof documents)["\n  fragment ProductCardFields on Product {\n    id\n    sku\n    name\n    category\n    price {\n      cents\n      currency\n    }\n    imageUrl\n    inStock\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogProducts($filter: ProductFilter, $sort: ProductSort, $limit: Int, $nextToken: String) {\n    products(filter: $filter, sort: $sort, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...ProductCardFields\n      }\n      nextToken\n    }\n  }\n"): (typeof documents)["\n  query CatalogProducts($filter: ProductFilter, $sort: ProductSort, $limit: Int, $nextToken: String) {\n    products(filter: $filter, sort: $sort, limit: $limit, nextToken: $nextToken) {\n      items {\n        ...ProductCardFields\n      }\n      nextToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories {\n      name\n      productCount\n    }\n  }\n"): (typeof documents)["\n  query Categories {\n    categories {\n      name\n      productCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductDetails($id: ID!) {\n    product(id: $id) {\n      ...ProductCardFields\n      description\n    }\n  }\n"): (typeof documents)["\n  query ProductDetails($id: ID!) {\n    product(id: $id) {\n      ...ProductCardFields\n      description\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;