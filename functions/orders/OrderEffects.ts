import type { PromoCodeInvalidReason } from '../../schema/generated/types.js';
import type { Order, OrderStatusEvent } from '../../schema/generated/types.js';

/** One order's use of a promo code: the redemption item is keyed by the code and the order. */
export interface Redemption {
  readonly code: string;
  readonly orderId: string;
  readonly userId: string;
  /** ISO 8601 UTC. */
  readonly at: string;
}

/** A redemption that could not be made, and why (the code's limits, as `quotePromoCode` words them). */
export type RedeemOutcome =
  { readonly redeemed: true } | { readonly redeemed: false; readonly reason: PromoCodeInvalidReason };

/**
 * Promo code redemptions (DynamoDB `promoCodes` and `promoRedemptions`). Both calls are idempotent per
 * order: redeeming an order redeemed before answers `redeemed: true` and counts nothing twice; releasing
 * an order with no redemption does nothing.
 */
export interface PromoRedemptions {
  redeem(redemption: Redemption): Promise<RedeemOutcome>;
  release(code: string, orderId: string): Promise<void>;
}

/** A product whose stock fell to or below its low-stock threshold with this order (once per crossing). */
export interface LowStockCrossing {
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
  readonly stock: number;
  readonly lowStockThreshold: number;
}

/**
 * What the shop tells people after an order's change is stored. Each call may fail (the change stays
 * stored); callers log the failure and go on.
 */
export interface OrderNotifier {
  /** Publishes the change to `onOrderStatusChanged` subscribers (`publishOrderStatus`, IAM-signed). */
  publish(event: OrderStatusEvent): Promise<void>;
  /**
   * Emails the order's owner about its current status: the confirmation (lines, totals, discount,
   * address), the rejection or cancellation with its reason, or the shipping notice. Other statuses
   * send nothing.
   */
  emailShopper(order: Order): Promise<void>;
  /** Emails the admins the products that crossed their low-stock threshold. */
  emailLowStock(products: readonly LowStockCrossing[]): Promise<void>;
}
