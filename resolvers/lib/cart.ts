import { runtime, util } from '@aws-appsync/utils';
import type {
  Context,
  DynamoDBGetItemRequest,
  DynamoDBPutItemRequest,
  LambdaRequest,
} from '@aws-appsync/utils';
import type { Cart, CartItem, Product } from '../../schema/generated/types.js';
import { catalogCaller, catalogResult, invokeCatalog } from './catalog.js';
import { cognitoIdentity } from './identity.js';
import { shopCurrency } from './settings.js';

/**
 * A stored cart: one item of the `carts` table per user. Lines are a map keyed by product id, so that
 * concurrent changes of different lines are atomic updates of different paths and none is lost. Prices
 * are never stored: `Cart.subtotal` and each line's product come from the catalog when the cart is read.
 */
export interface CartRecord {
  readonly userId: string;
  /** Product id → units, 1 to 99. */
  readonly lines: Readonly<Record<string, number>>;
  /** Product id → when its line was added (ISO 8601); the lines are listed in this order. */
  readonly addedAt: Readonly<Record<string, string>>;
  /** Counts the writes; `mergeCart` writes only over the version it read. */
  readonly version: number;
  readonly updatedAt: string;
  /** Epoch seconds after which DynamoDB's TTL deletes the cart (the table's `ttlAttribute`). */
  readonly expiresAt: number;
}

/** What the cart pipelines keep in `ctx.stash` between their steps. */
export interface CartStash {
  userId: string;
  /** The cart as last read or written; null when none is stored. */
  cart?: CartRecord | null;
  /** Product ids to look up besides the cart's own (the guest cart being merged). */
  extraIds?: string[];
  /** The active products among the looked-up ids. */
  products?: Product[];
}

/** The pipeline's before step: the caller's `sub` is the cart's key (never an argument). */
export function startCartPipeline(ctx: Context): Record<string, never> {
  ctx.stash.userId = cognitoIdentity(ctx).sub;
  return {};
}

/** The pipeline's after step: the cart as the API returns it, priced from the looked-up products. */
export function finishCartPipeline(ctx: Context): Cart {
  const stash = ctx.stash as CartStash;
  return toCart(stash.cart ?? null, stash.products ?? [], shopCurrency(ctx));
}

/** The product ids of a cart's lines, in the order they were added (ties by id). */
export function cartProductIds(cart: CartRecord | null): string[] {
  if (!cart) {
    return [];
  }
  // Sorting "<addedAt>|<id>" strings orders by time, then id, without a comparator (APPSYNC_JS).
  return Object.keys(cart.lines)
    .map((id) => `${cart.addedAt[id] ?? ''}|${id}`)
    .sort()
    .map((key) => key.slice(key.indexOf('|') + 1));
}

/**
 * The API's `Cart`: every line, with its product when it is still active (null otherwise), and the
 * subtotal over the lines whose product is active.
 */
export function toCart(cart: CartRecord | null, products: readonly Product[], currency: string): Cart {
  const byId: Record<string, Product> = {};
  for (const product of products) {
    byId[product.id] = product;
  }
  const items: CartItem[] = cartProductIds(cart).map((productId) => ({
    productId,
    quantity: cart ? (cart.lines[productId] ?? 0) : 0,
    product: byId[productId] ?? null,
  }));
  const cents = items.reduce(
    (sum, item) => sum + (item.product ? item.product.price.cents * item.quantity : 0),
    0,
  );
  return { items, subtotal: { cents, currency }, updatedAt: cart ? cart.updatedAt : null };
}

/** The expiry of a cart written now: now plus the API's `CART_TTL_SECONDS`, in epoch seconds. */
export function cartExpiry(ctx: Context): number {
  const seconds = Number(ctx.env.CART_TTL_SECONDS);
  if (!(seconds > 0)) {
    util.error('The API has no valid CART_TTL_SECONDS environment variable', 'Configuration');
  }
  return util.time.nowEpochSeconds() + seconds;
}

/** Step `getCart` (carts): reads the caller's cart into the stash. */
export function getCartRequest(ctx: Context): DynamoDBGetItemRequest {
  return {
    operation: 'GetItem',
    key: util.dynamodb.toMapValues({ userId: (ctx.stash as CartStash).userId }),
    consistentRead: true,
  };
}

export function getCartResponse(ctx: Context): CartRecord | null {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  const cart = (ctx.result as CartRecord | null) ?? null;
  ctx.stash.cart = cart;
  return cart;
}

/**
 * Step `priceCart` (catalog): one `productsByIds` call for every product of the cart (and of the guest
 * cart being merged), whatever the number of lines; no call at all for an empty cart.
 */
export function priceCartRequest(ctx: Context): LambdaRequest {
  const stash = ctx.stash as CartStash;
  const ids = cartProductIds(stash.cart ?? null).concat(stash.extraIds ?? []);
  if (ids.length === 0) {
    ctx.stash.products = [];
    runtime.earlyReturn([]);
  }
  return invokeCatalog('productsByIds', { ids }, catalogCaller(ctx));
}

export function priceCartResponse(ctx: Context): Product[] {
  const products = catalogResult<Product[]>(ctx);
  ctx.stash.products = products;
  return products;
}

/** A PutItem of a whole cart; `expectedVersion` null: only when no cart is stored. */
export function putCart(cart: CartRecord, expectedVersion: number | null): DynamoDBPutItemRequest {
  return {
    operation: 'PutItem',
    key: util.dynamodb.toMapValues({ userId: cart.userId }),
    attributeValues: util.dynamodb.toMapValues({
      lines: cart.lines,
      addedAt: cart.addedAt,
      version: cart.version,
      updatedAt: cart.updatedAt,
      expiresAt: cart.expiresAt,
    }),
    condition:
      expectedVersion === null
        ? { expression: 'attribute_not_exists(#userId)', expressionNames: { '#userId': 'userId' } }
        : {
            expression: '#version = :version',
            expressionNames: { '#version': 'version' },
            expressionValues: util.dynamodb.toMapValues({ ':version': expectedVersion }),
          },
  };
}
