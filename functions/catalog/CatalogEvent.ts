import type {
  MutationAdjustStockArgs,
  MutationCreateProductArgs,
  MutationDeleteProductArgs,
  MutationUpdateProductArgs,
  QueryProductArgs,
  QueryProductsArgs,
} from '../../schema/generated/types.js';
import type { OperationEvent } from '../lib/OperationEvent.js';

/**
 * Who calls: a signed-in Cognito user, with whether they are in the admins group. Null for API key and IAM
 * callers. Set by the resolvers from `ctx.identity`, never from arguments.
 */
export interface CatalogCaller {
  readonly sub: string;
  readonly admin: boolean;
}

/** The ids of `productsByIds`, the lookup the cart pipelines make once per cart. */
export interface ProductLookupArgs {
  readonly ids: readonly string[];
}

/**
 * The arguments of each operation the catalog function serves: its GraphQL fields, as the schema types
 * them, and `productsByIds`, which is not a field.
 */
export interface CatalogArguments {
  readonly product: QueryProductArgs;
  readonly products: QueryProductsArgs;
  readonly categories: Record<string, never>;
  readonly lowStockProducts: Record<string, never>;
  readonly createProduct: MutationCreateProductArgs;
  readonly updateProduct: MutationUpdateProductArgs;
  readonly deleteProduct: MutationDeleteProductArgs;
  readonly adjustStock: MutationAdjustStockArgs;
  readonly productsByIds: ProductLookupArgs;
}

/** An operation the catalog function serves; a misspelt one does not compile in the resolvers either. */
export type CatalogOperation = keyof CatalogArguments;

/**
 * The payload the catalog resolvers send (`invokeCatalog` in `resolvers/lib/catalog.ts`, which imports
 * these types only): the operation, its arguments as AppSync coerced them, and the caller.
 */
export type CatalogEvent = OperationEvent<CatalogArguments, CatalogCaller | null>;
