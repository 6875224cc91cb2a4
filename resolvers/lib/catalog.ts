import { util } from '@aws-appsync/utils';
import type { AppSyncIdentityCognito, Context, LambdaRequest } from '@aws-appsync/utils';
// The catalog function's contract, imported as types only: nothing of `functions/` is bundled.
import type {
  CatalogArguments,
  CatalogCaller,
  CatalogOperation,
} from '../../functions/catalog/CatalogEvent.js';
import type { CatalogResult } from '../../functions/catalog/CatalogResult.js';
import type { OperationCall } from '../../functions/lib/OperationEvent.js';
import { cognitoIdentity, isAdmin } from './identity.js';

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

/**
 * Invokes the catalog function for `operation` with that operation's arguments and the caller: the
 * `CatalogEvent` the function receives. A name the function does not serve, or arguments of another
 * shape, do not compile (`invokeCatalog('prodcut', ...)`).
 */
export function invokeCatalog<O extends CatalogOperation>(
  operation: O,
  args: CatalogArguments[O],
  caller: CatalogCaller | null,
): LambdaRequest {
  const payload: OperationCall<CatalogArguments, O, CatalogCaller | null> = {
    operation,
    arguments: args,
    caller,
  };
  return { operation: 'Invoke', payload };
}

/**
 * The operation's value from the catalog function's result (`CatalogResult`). Its `error` becomes the
 * AppSync error the function chose (`errorType`, `message`, `errorInfo`); a failed invocation stays the
 * data source error.
 */
export function catalogResult<T>(ctx: Context): T {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  const result = ctx.result as CatalogResult<T>;
  if (result.error) {
    util.error(result.error.message, result.error.type, null, result.error.info);
  }
  return result.data;
}
