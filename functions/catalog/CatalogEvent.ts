import type {
  MutationAdjustStockArgs,
  MutationCreateProductArgs,
  MutationDeleteProductArgs,
  MutationUpdateProductArgs,
  QueryProductArgs,
  QueryProductsArgs,
} from '../../schema/generated/types.js';

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

/** A field the catalog function serves. */
export type CatalogField = keyof CatalogArguments;

/**
 * The payload the catalog resolvers send (`resolvers/lib/catalog.ts`): the GraphQL field, its arguments
 * as AppSync coerced them, and the caller.
 */
export type CatalogEvent = {
  readonly [F in CatalogField]: {
    readonly field: F;
    readonly arguments: CatalogArguments[F];
    readonly caller: CatalogCaller | null;
  };
}[CatalogField];
