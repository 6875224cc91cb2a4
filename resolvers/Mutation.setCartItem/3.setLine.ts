import { conditionFailed } from '../lib/conditionFailed.js';
import { util } from '@aws-appsync/utils';
import type { Context, DynamoDBUpdateItemRequest } from '@aws-appsync/utils';
import { MAX_CART_LINES } from '../../domain/cartLimits.js';
import type { MutationSetCartItemArgs } from '../../schema/generated/types.js';
import { cartExpiry } from '../lib/cart.js';
import type { CartRecord, CartStash } from '../lib/cart.js';
import { invalid } from '../lib/validate.js';

/**
 * Sets (or removes) the line in one atomic UpdateItem of its own map path, so that concurrent changes of
 * other lines are never lost. A new line is refused when the cart already has 50. Every write renews the
 * cart's expiry and bumps its version.
 */
export function request(ctx: Context<MutationSetCartItemArgs>): DynamoDBUpdateItemRequest {
  const { productId, quantity } = ctx.args;
  const stash = ctx.stash as CartStash;
  const now = util.time.nowISO8601();
  const names = {
    '#lines': 'lines',
    '#addedAt': 'addedAt',
    '#id': productId,
    '#updatedAt': 'updatedAt',
    '#expiresAt': 'expiresAt',
    '#version': 'version',
  };
  const renew = '#updatedAt = :now, #expiresAt = :expiresAt ADD #version :one';
  const key = util.dynamodb.toMapValues({ userId: stash.userId });
  if (quantity === 0) {
    return {
      operation: 'UpdateItem',
      key,
      update: {
        expression: `REMOVE #lines.#id, #addedAt.#id SET ${renew}`,
        expressionNames: names,
        expressionValues: util.dynamodb.toMapValues({
          ':now': now,
          ':expiresAt': cartExpiry(ctx),
          ':one': 1,
        }),
      },
    };
  }
  return {
    operation: 'UpdateItem',
    key,
    update: {
      expression: `SET #lines.#id = :quantity, #addedAt.#id = if_not_exists(#addedAt.#id, :now), ${renew}`,
      expressionNames: names,
      expressionValues: util.dynamodb.toMapValues({
        ':quantity': quantity,
        ':now': now,
        ':expiresAt': cartExpiry(ctx),
        ':one': 1,
      }),
    },
    condition: {
      expression: 'attribute_exists(#lines.#id) OR size(#lines) < :maxLines',
      expressionNames: { '#lines': 'lines', '#id': productId },
      expressionValues: util.dynamodb.toMapValues({ ':maxLines': MAX_CART_LINES }),
    },
  };
}

export function response(ctx: Context<MutationSetCartItemArgs>): CartRecord {
  if (conditionFailed(ctx)) {
    invalid('productId', `the cart already has ${MAX_CART_LINES} lines; remove one first`);
  }
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  const cart = ctx.result as CartRecord;
  ctx.stash.cart = cart;
  return cart;
}
