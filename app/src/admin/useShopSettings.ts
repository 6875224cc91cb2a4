import { useAppConfig } from '../config/useAppConfig.js';

/** The shop's settings that the admin pages count and show in. */
export interface ShopSettings {
  /** The IANA time zone of the shop's calendar days (the sales report's, the orders filter's). */
  readonly timeZone: string;
  /** The shop's currency (ISO 4217): of promo code amounts, which the API gives in cents only. */
  readonly currency: string;
}

/** The shop's time zone and currency, from `/config.json`. */
export function useShopSettings(): ShopSettings {
  const { timeZone, currency } = useAppConfig();
  return { timeZone, currency };
}
