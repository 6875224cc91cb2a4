import { CatalogError, unauthorized } from './CatalogError.js';
import type { CatalogCaller, CatalogEvent, CatalogOperation } from './CatalogEvent.js';
import type { CatalogDeps } from './CatalogDeps.js';
import type { CatalogResult } from './CatalogResult.js';
import { adjustStock } from './operations/adjustStock.js';
import { archiveProduct } from './operations/archiveProduct.js';
import { createProduct } from './operations/createProduct.js';
import { getProduct } from './operations/getProduct.js';
import { listCategories } from './operations/listCategories.js';
import { listLowStockProducts } from './operations/listLowStockProducts.js';
import { listProducts } from './operations/listProducts.js';
import { lookUpProducts } from './operations/lookUpProducts.js';
import { updateProduct } from './operations/updateProduct.js';

/**
 * Runs the catalog operation the event names and answers its `CatalogResult`: `{ data }`, or
 * `{ error: { type, message, info } }` for an expected failure (a `CatalogError`). Any other error is a
 * fault and is thrown, failing the invocation.
 *
 * Admin operations check `caller.admin` again, although the schema's `cognito_groups` directive already
 * keeps others out: the function must not depend on every resolver being wired with the right directive.
 */
export async function dispatch(event: CatalogEvent, deps: CatalogDeps): Promise<CatalogResult> {
  try {
    return { data: await run(event, deps) };
  } catch (error) {
    if (error instanceof CatalogError) {
      return { error: error.toFailure() };
    }
    throw error;
  }
}

function run(event: CatalogEvent, deps: CatalogDeps): Promise<unknown> {
  switch (event.operation) {
    case 'product':
      return getProduct(event.arguments, event.caller, deps);
    case 'products':
      if (event.arguments.filter?.archived) admin(event.caller, 'Query', event.operation);
      return listProducts(event.arguments, deps);
    case 'categories':
      return listCategories(deps);
    case 'lowStockProducts':
      admin(event.caller, 'Query', event.operation);
      return listLowStockProducts(deps);
    case 'createProduct':
      admin(event.caller, 'Mutation', event.operation);
      return createProduct(event.arguments, deps);
    case 'updateProduct':
      admin(event.caller, 'Mutation', event.operation);
      return updateProduct(event.arguments, deps);
    case 'deleteProduct':
      admin(event.caller, 'Mutation', event.operation);
      return archiveProduct(event.arguments, deps);
    case 'adjustStock':
      return adjustStock(event.arguments, admin(event.caller, 'Mutation', event.operation), deps);
    case 'productsByIds':
      return lookUpProducts(event.arguments, deps);
    default:
      throw new Error(
        `The catalog function does not serve ${JSON.stringify((event as { operation?: unknown }).operation)}`,
      );
  }
}

function admin(caller: CatalogCaller | null, typeName: string, operation: CatalogOperation): CatalogCaller {
  if (caller?.admin !== true) throw unauthorized(typeName, operation);
  return caller;
}
