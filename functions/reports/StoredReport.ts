import type { ProductSalesFigures } from './SalesFigures.js';

/**
 * A sales report as the `salesReports` table holds it, one item per day keyed by `date`: the figures in
 * integer cents of `currency`, the zone and the instants the day was counted in, and when. Writing the
 * report of a day again replaces the item. Only the reports function reads and writes it.
 */
export interface StoredReport {
  /** The day, `YYYY-MM-DD`, a calendar day of `timeZone`. */
  readonly date: string;
  /** The shop's time zone when the report was computed (IANA). */
  readonly timeZone: string;
  /** The day's first instant and the next day's (ISO 8601 UTC): the orders counted were placed in between. */
  readonly dayStart: string;
  readonly dayEnd: string;
  /** The shop's currency when the report was computed (ISO 4217). */
  readonly currency: string;
  readonly orders: number;
  readonly itemsSold: number;
  readonly revenueCents: number;
  readonly averageOrderValueCents: number;
  readonly discountCents: number;
  readonly cancelled: number;
  readonly rejected: number;
  readonly topProducts: readonly ProductSalesFigures[];
  /** When the figures were read (ISO 8601 UTC). */
  readonly generatedAt: string;
}
