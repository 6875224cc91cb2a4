import type { Money, SalesReport } from '../../schema/generated/types.js';
import type { StoredReport } from './StoredReport.js';

/** The API's `SalesReport` of a stored report: its amounts as `Money` in the report's own currency. */
export function toSalesReport(report: StoredReport): SalesReport {
  const money = (cents: number): Money => ({ cents, currency: report.currency });
  return {
    date: report.date,
    orders: report.orders,
    itemsSold: report.itemsSold,
    revenue: money(report.revenueCents),
    averageOrderValue: money(report.averageOrderValueCents),
    discounts: money(report.discountCents),
    cancelled: report.cancelled,
    rejected: report.rejected,
    topProducts: report.topProducts.map((product) => ({
      productId: product.productId,
      sku: product.sku,
      name: product.name,
      quantity: product.quantity,
      revenue: money(product.revenueCents),
    })),
    generatedAt: report.generatedAt,
  };
}
