import { util } from '@aws-appsync/utils';
import type { AppSyncIdentityCognito, Context, LambdaRequest } from '@aws-appsync/utils';
import { cognitoIdentity, isAdmin } from './identity.js';

/** Who calls the catalog function: a Cognito user and whether they are an admin; null for API key and IAM. */
export interface CatalogCaller {
  readonly sub: string;
  readonly admin: boolean;
}

/** What the catalog function answers (`functions/catalog/CatalogResult.ts`): `data`, or an `error`. */
export interface CatalogResult<T> {
  readonly data?: T;
  readonly error?: {
    readonly type: string;
    readonly message: string;
    readonly info: Record<string, unknown> | null;
  };
}

/** The caller as the catalog function sees it, from the verified identity (never from arguments). */
export function catalogCaller(ctx: Context): CatalogCaller | null {
  const identity = ctx.identity as AppSyncIdentityCognito | null | undefined;
  if (!identity || !identity.sub) {
    return null;
  }
  return { sub: identity.sub, admin: isAdmin(identity) };
}

/**
 * The caller of an admin operation. The schema's `cognito_groups` directive already keeps others out;
 * this answers `Unauthorized` too, so the resolver is safe on its own.
 */
export function adminCaller(ctx: Context): CatalogCaller {
  const identity = cognitoIdentity(ctx);
  if (!isAdmin(identity)) {
    util.unauthorized();
  }
  return { sub: identity.sub, admin: true };
}

/** Invokes the catalog function for `field` with the field's arguments and the caller. */
export function invokeCatalog(
  field: string,
  args: Record<string, unknown>,
  caller: CatalogCaller | null,
): LambdaRequest {
  return { operation: 'Invoke', payload: { field, arguments: args, caller } };
}

/**
 * The field's value from the catalog function's result. Its `error` becomes the AppSync error the
 * function chose (`errorType`, `message`, `errorInfo`); a failed invocation stays the data source error.
 */
export function catalogResult<T>(ctx: Context): T {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  const result = ctx.result as CatalogResult<T>;
  if (result.error) {
    util.error(result.error.message, result.error.type, null, result.error.info);
  }
  return result.data as T;
}
