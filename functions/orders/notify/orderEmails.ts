import type { Address, Order, OrderItem } from '../../../schema/generated/types.js';
import type { LowStockCrossing } from '../OrderEffects.js';
import type { EmailContent } from './Email.js';
import type { EmailBlock } from './EmailBlock.js';
import { formatMoney } from './formatMoney.js';
import { reasonInWords } from './reasonInWords.js';
import { renderEmail } from './renderEmail.js';
import { shortOrderId } from '../../../domain/shortOrderId.js';

/** The shop's name, in every subject. */
const SHOP = 'ShopSync';

const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * The email that tells an order's owner about its current status, or null for a status that sends
 * none (`PENDING`, `DELIVERED`):
 *
 * - `CONFIRMED`: each line with its quantity, unit price and line total, the subtotal, the discount with
 *   its promo code, the total, and the shipping address;
 * - `REJECTED`, `CANCELLED`: the items, and the reason in words when one was given (`reasonInWords`);
 * - `SHIPPED`: the items and the address they go to.
 *
 * The subject names the shop and the order's short id (`shortOrderId`); the text greets `greetingName`
 * (the shopper's profile name; "Hello," when null) and ends with the full order id. Amounts are shown in
 * the order's currency. Pure.
 */
export function orderEmail(order: Order, greetingName: string | null = null): EmailContent | null {
  const short = shortOrderId(order.id);
  const greeting: EmailBlock = {
    kind: 'paragraph',
    text: greetingName ? `Hello ${greetingName},` : 'Hello,',
  };
  const orderNumber: EmailBlock = { kind: 'paragraph', text: `Order number: ${order.id}` };
  const reason = reasonBlock(order.statusReason);
  switch (order.status) {
    case 'CONFIRMED':
      return renderEmail(`${SHOP}: order ${short} confirmed`, [
        greeting,
        {
          kind: 'paragraph',
          text: `Thank you for your order ${short}. It is confirmed, and we are getting it ready to ship.`,
        },
        pricedItems(order.items),
        totals(order),
        shippingAddress(order.shippingAddress),
        orderNumber,
      ]);
    case 'REJECTED':
      return renderEmail(`${SHOP}: order ${short} could not be accepted`, [
        greeting,
        {
          kind: 'paragraph',
          text: `We are sorry: we could not accept your order ${short}, and it will not be shipped.`,
        },
        ...reason,
        itemList(order.items),
        { kind: 'paragraph', text: 'If you still want these items, you are welcome to order again.' },
        orderNumber,
      ]);
    case 'CANCELLED':
      return renderEmail(`${SHOP}: order ${short} cancelled`, [
        greeting,
        { kind: 'paragraph', text: `Your order ${short} has been cancelled and will not be shipped.` },
        ...reason,
        itemList(order.items),
        orderNumber,
      ]);
    case 'SHIPPED':
      return renderEmail(`${SHOP}: order ${short} shipped`, [
        greeting,
        {
          kind: 'paragraph',
          text: `Good news: your order ${short} has been handed to the carrier and is on its way.`,
        },
        itemList(order.items),
        shippingAddress(order.shippingAddress),
        orderNumber,
      ]);
    case 'PENDING':
    case 'DELIVERED':
      return null;
  }
}

/**
 * The email that tells the admins which products fell to or below their low-stock threshold: each with
 * its SKU, the stock left and the threshold. Null for an empty list (nothing to tell). Pure.
 */
export function lowStockEmail(products: readonly LowStockCrossing[]): EmailContent | null {
  if (products.length === 0) return null;
  const count = products.length === 1 ? '1 product' : `${products.length} products`;
  return renderEmail(`${SHOP}: ${count} low on stock`, [
    { kind: 'paragraph', text: 'Hello,' },
    {
      kind: 'paragraph',
      text: `${products.length === 1 ? 'This product has' : 'These products have'} fallen to or below the low-stock threshold with the latest order.`,
    },
    {
      kind: 'table',
      columns: [
        { title: 'Product' },
        { title: 'SKU' },
        { title: 'In stock', numeric: true },
        { title: 'Threshold', numeric: true },
      ],
      rows: products.map((product) => [
        product.name,
        product.sku,
        String(product.stock),
        String(product.lowStockThreshold),
      ]),
      textRows: products.map(
        (product) =>
          `${product.name} (SKU ${product.sku}): ${product.stock} in stock, threshold ${product.lowStockThreshold}`,
      ),
    },
    { kind: 'paragraph', text: 'Restock them with adjustStock before they run out.' },
  ]);
}

function pricedItems(items: readonly OrderItem[]): EmailBlock {
  return {
    kind: 'table',
    title: 'Your order',
    columns: [
      { title: 'Item' },
      { title: 'Quantity', numeric: true },
      { title: 'Unit price', numeric: true },
      { title: 'Total', numeric: true },
    ],
    rows: items.map((item) => [
      item.name,
      String(item.quantity),
      formatMoney(item.unitPrice),
      formatMoney(item.lineTotal),
    ]),
    textRows: items.map(
      (item) =>
        `${item.quantity} × ${item.name} at ${formatMoney(item.unitPrice)} each: ${formatMoney(item.lineTotal)}`,
    ),
  };
}

function itemList(items: readonly OrderItem[]): EmailBlock {
  return { kind: 'list', title: 'Items', items: items.map((item) => `${item.quantity} × ${item.name}`) };
}

function totals(order: Order): EmailBlock {
  const discount = order.discount.cents > 0;
  return {
    kind: 'totals',
    rows: [
      { label: 'Subtotal', value: formatMoney(order.subtotal) },
      ...(discount
        ? [
            {
              label: order.promoCode ? `Discount (promo code ${order.promoCode})` : 'Discount',
              value: formatMoney({ cents: -order.discount.cents, currency: order.discount.currency }),
            },
          ]
        : []),
      { label: 'Total', value: formatMoney(order.total), strong: true },
    ],
  };
}

function shippingAddress(address: Address): EmailBlock {
  return {
    kind: 'lines',
    title: 'Shipping to',
    lines: [
      address.name,
      address.line1,
      ...(address.line2 ? [address.line2] : []),
      `${address.postalCode} ${address.city}`,
      countryName(address.country),
    ],
  };
}

/** The reason paragraph, as a sentence; none when no reason was given. */
function reasonBlock(statusReason: string | null): EmailBlock[] {
  const words = reasonInWords(statusReason);
  if (words === null) return [];
  return [{ kind: 'paragraph', text: `Reason: ${words}${/[.!?]$/.test(words) ? '' : '.'}` }];
}

/** `DE` → "Germany"; the code itself when the runtime knows no name for it. */
function countryName(code: string): string {
  try {
    return COUNTRY_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}
