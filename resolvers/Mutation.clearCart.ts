import { util } from '@aws-appsync/utils';
import type { Context, DynamoDBDeleteItemRequest } from '@aws-appsync/utils';
import type { Cart } from '../schema/generated/types.js';
import { toCart } from './lib/cart.js';
import { cognitoIdentity } from './lib/identity.js';
import { shopCurrency } from './lib/settings.js';

/** `clearCart`: deletes the caller's stored cart and answers the empty cart. */
export function request(ctx: Context): DynamoDBDeleteItemRequest {
  return { operation: 'DeleteItem', key: util.dynamodb.toMapValues({ userId: cognitoIdentity(ctx).sub }) };
}

export function response(ctx: Context): Cart {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  return toCart(null, [], shopCurrency(ctx));
}
