import { util } from '@aws-appsync/utils';
import type { Context } from '@aws-appsync/utils';

/** The shop's currency (ISO 4217), the API's `SHOP_CURRENCY` environment variable. */
export function shopCurrency(ctx: Context): string {
  const currency = ctx.env.SHOP_CURRENCY;
  if (!currency) {
    util.error('The API has no SHOP_CURRENCY environment variable', 'Configuration');
  }
  return currency;
}
