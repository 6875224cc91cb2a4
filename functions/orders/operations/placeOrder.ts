import { priceOrder } from '../../../domain/priceOrder.js';
import { quotePromo } from '../../../domain/quotePromo.js';
import type { MutationPlaceOrderArgs, Order } from '../../../schema/generated/types.js';
import { integer, text } from '../../lib/sql/rowValues.js';
import { isDuplicateKey } from '../../lib/sql/isDuplicateKey.js';
import { invariant } from '../../lib/invariant.js';
import { loadOrders } from '../loadOrders.js';
import { OrderError } from '../OrderError.js';
import type { OrderRecord } from '../OrderRecord.js';
import type { OrdersDeps } from '../OrdersDeps.js';
import { parsePlaceOrder } from '../parsePlaceOrder.js';
import type { OrderRequest } from '../parsePlaceOrder.js';
import { readOrderRecord } from '../readOrderRows.js';
import { requestHash } from '../requestHash.js';
import { insertOrder } from '../sql/insertOrder.js';
import { insertOrderItems } from '../sql/insertOrderItems.js';
import { insertStatusChange } from '../sql/insertStatusChange.js';
import { selectOrderByKey } from '../sql/selectOrderByKey.js';
import { selectProductsForOrder } from '../sql/selectProductsForOrder.js';

/**
 * `placeOrder`: checks the request, prices every line from the catalog, quotes the promo code with the
 * shared rules, and writes the order `PENDING` with its lines and first status change in one
 * transaction, then hands it to the queue and answers it at once. Nothing is created when a product is
 * unknown or archived (`NotFound`), a line asks for more than is in stock now (`OutOfStock`), or the code
 * cannot be used (`PromoCodeInvalid`). The same user and idempotency key answer the order first placed
 * (`Conflict` when the request differs), however many calls race.
 */
export async function placeOrder(
  args: MutationPlaceOrderArgs,
  userId: string,
  deps: OrdersDeps,
): Promise<Order> {
  const request = parsePlaceOrder(args.input);
  const hash = requestHash(request);
  const existing = await placedBefore(deps, userId, request, hash);
  if (existing) return existing;

  const products = new Map(
    (await deps.db.query(selectProductsForOrder(request.lines.map((line) => line.productId)))).map((row) => [
      text(row, 'id'),
      {
        id: text(row, 'id'),
        sku: text(row, 'sku'),
        name: text(row, 'name'),
        priceCents: integer(row, 'price_cents'),
        stock: integer(row, 'stock'),
        active: integer(row, 'active') !== 0,
      },
    ]),
  );
  for (const line of request.lines) {
    const product = products.get(line.productId);
    if (!product || !product.active) {
      throw new OrderError('NotFound', `No product has the id ${line.productId}`, {
        productId: line.productId,
      });
    }
    if (product.stock < line.quantity) {
      throw new OrderError('OutOfStock', `Only ${product.stock} of ${product.name} left`, {
        productId: line.productId,
        available: product.stock,
      });
    }
  }
  const undiscounted = priceOrder(request.lines, [...products.values()], 0);
  let discountCents = 0;
  if (request.promoCode) {
    const standing = await deps.promoStanding(request.promoCode, userId);
    const quote = quotePromo(standing.rules, {
      subtotalCents: undiscounted.subtotalCents,
      customerRedemptions: standing.customerRedemptions,
      nowMs: deps.now().getTime(),
    });
    if (!quote.valid) {
      throw new OrderError('PromoCodeInvalid', `The promo code ${request.promoCode} cannot be used`, {
        code: request.promoCode,
        reason: quote.reason,
      });
    }
    discountCents = quote.discountCents;
  }
  const priced = priceOrder(request.lines, [...products.values()], discountCents);

  const now = deps.now().toISOString();
  const order: OrderRecord = {
    id: deps.newId(),
    userId,
    status: 'PENDING',
    statusReason: null,
    subtotalCents: priced.subtotalCents,
    discountCents: priced.discountCents,
    totalCents: priced.totalCents,
    currency: deps.currency,
    promoCode: request.promoCode,
    shippingAddress: request.shippingAddress,
    idempotencyKey: request.idempotencyKey,
    requestHash: hash,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  try {
    await deps.db.transaction(async (tx) => {
      await tx.execute(insertOrder(order));
      await tx.execute(
        insertOrderItems(priced.lines.map((line, i) => ({ orderId: order.id, lineNo: i + 1, ...line }))),
      );
      await tx.execute(
        insertStatusChange({
          id: deps.newId(),
          orderId: order.id,
          fromStatus: null,
          toStatus: 'PENDING',
          reason: null,
          actor: userId,
          createdAt: now,
        }),
      );
    });
  } catch (error) {
    // Another call with the same key committed first: answer as a repeat of it.
    if (!isDuplicateKey(error)) throw error;
    const winner = await placedBefore(deps, userId, request, hash);
    invariant(winner, `the order that took key ${request.idempotencyKey} is stored`);
    return winner;
  }
  // The order is stored; a failed send is left to the sweep, which sends PENDING orders again.
  await deps
    .enqueue(order.id)
    .catch((error: unknown) =>
      deps.log(`orders: ${order.id} not queued yet (${String(error)}); the sweep will send it`),
    );
  const [placed] = await loadOrders(deps.db, [order]);
  invariant(placed, `order ${order.id} loads after its commit`);
  return placed;
}

/** The order placed before with this key: itself for the same request, a `Conflict` for another. */
async function placedBefore(
  deps: OrdersDeps,
  userId: string,
  request: OrderRequest,
  hash: string,
): Promise<Order | null> {
  const [row] = await deps.db.query(selectOrderByKey(userId, request.idempotencyKey));
  if (!row) return null;
  const existing = readOrderRecord(row);
  if (existing.requestHash !== hash) {
    throw new OrderError(
      'Conflict',
      `The idempotency key ${request.idempotencyKey} was used for another order`,
      {
        field: 'input.idempotencyKey',
        orderId: existing.id,
      },
    );
  }
  const [order] = await loadOrders(deps.db, [existing]);
  return order ?? null;
}
