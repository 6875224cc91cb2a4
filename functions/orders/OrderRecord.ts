import type { OrderStatus } from '../../schema/generated/types.js';

/** A checked shipping address, as an order stores it (the country an ISO 3166-1 alpha-2 code). */
export interface ShippingAddress {
  readonly name: string;
  readonly line1: string;
  readonly line2: string | null;
  readonly city: string;
  readonly postalCode: string;
  readonly country: string;
}

/** A row of `orders` (`migrations/0003_create_orders.sql`), as the orders function reads it. */
export interface OrderRecord {
  readonly id: string;
  readonly userId: string;
  readonly status: OrderStatus;
  readonly statusReason: string | null;
  readonly subtotalCents: number;
  readonly discountCents: number;
  readonly totalCents: number;
  readonly currency: string;
  readonly promoCode: string | null;
  readonly shippingAddress: ShippingAddress;
  readonly idempotencyKey: string;
  readonly requestHash: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** A row of `order_items`: one line as charged. */
export interface OrderItemRecord {
  readonly orderId: string;
  readonly lineNo: number;
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
  readonly unitPriceCents: number;
  readonly quantity: number;
  readonly lineTotalCents: number;
}

/** A row of `order_status_changes`. */
export interface StatusChangeRecord {
  readonly id: string;
  readonly orderId: string;
  readonly fromStatus: OrderStatus | null;
  readonly toStatus: OrderStatus;
  readonly reason: string | null;
  /** The user who made the change; null for the shop's backend. */
  readonly actor: string | null;
  readonly createdAt: string;
}
