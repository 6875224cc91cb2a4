import type { Order } from '../../schema/generated/types.js';
import type { OrderItemRecord, OrderRecord, StatusChangeRecord } from './OrderRecord.js';

/** The API's `Order` for a stored order, its lines (in line order) and its history (oldest first). */
export function toOrder(
  order: OrderRecord,
  items: readonly OrderItemRecord[],
  history: readonly StatusChangeRecord[],
): Order {
  const money = (cents: number) => ({ cents, currency: order.currency });
  return {
    id: order.id,
    userId: order.userId,
    status: order.status,
    statusReason: order.statusReason,
    items: items.map((item) => ({
      productId: item.productId,
      sku: item.sku,
      name: item.name,
      unitPrice: money(item.unitPriceCents),
      quantity: item.quantity,
      lineTotal: money(item.lineTotalCents),
    })),
    subtotal: money(order.subtotalCents),
    discount: money(order.discountCents),
    total: money(order.totalCents),
    promoCode: order.promoCode,
    shippingAddress: { ...order.shippingAddress },
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
    history: history.map((change) => ({
      status: change.toStatus,
      reason: change.reason,
      at: change.createdAt,
      by: change.actor,
    })),
  };
}
