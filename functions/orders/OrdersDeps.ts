import type { PromoRules } from '../../domain/PromoRules.js';
import type { SqlExecutor } from '../lib/sql/SqlExecutor.js';
import type { OrderNotifier, PromoRedemptions } from './OrderEffects.js';

/** A promo code as an order sees it: its rules (null: no such code) and the customer's use of it. */
export interface PromoStanding {
  readonly rules: PromoRules | null;
  readonly customerRedemptions: number;
}

/**
 * What the orders operations need from outside: the database, the promo tables, the queue, the
 * notifications, clock and ids.
 */
export interface OrdersDeps {
  readonly db: SqlExecutor;
  /** ISO 4217 code of the one shop currency (`SHOP_CURRENCY`). */
  readonly currency: string;
  readonly now: () => Date;
  /** A new ULID. */
  readonly newId: () => string;
  /** Signs and checks `nextToken`s (`functions/lib/pageToken.ts`). */
  readonly pageTokenKey: Uint8Array;
  /** Reads a promo code and counts the customer's redemptions of it (`promoCodes`, `promoRedemptions`). */
  readonly promoStanding: (code: string, userId: string) => Promise<PromoStanding>;
  /** Sends a placed order to the queue the worker reads. */
  readonly enqueue: (orderId: string) => Promise<void>;
  /** Redeems and releases promo codes per order (`promoCodes`, `promoRedemptions`). */
  readonly redemptions: PromoRedemptions;
  /** Tells subscribers, the shopper and the admins of changes once they are stored. */
  readonly notifier: OrderNotifier;
  /**
   * How long a teller's claim on an order lasts before another may take it over (a teller that crashed
   * holds it until then); default two minutes (`ORDER_TELLING_CLAIM_SECONDS`).
   */
  readonly tellingClaimMs?: number;
  readonly log: (line: string) => void;
}
