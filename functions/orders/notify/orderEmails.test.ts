// The order and low-stock emails as built, before anything is sent: what each part says, that both
// parts say it, and that user input cannot become markup.
import { describe, expect, it } from 'vitest';
import type { Order, OrderStatus } from '../../../schema/generated/types.js';
import type { LowStockCrossing } from '../OrderEffects.js';
import { escapeHtml } from './escapeHtml.js';
import { formatMoney } from './formatMoney.js';
import { lowStockEmail, orderEmail } from './orderEmails.js';
import { reasonInWords } from './reasonInWords.js';
import { shortOrderId } from '../../../domain/shortOrderId.js';

const eur = (cents: number) => ({ cents, currency: 'EUR' });

/** A confirmed order of two lines with a 10 % promo code, shipped to a second address line. */
const ORDER: Order = {
  id: '01KDVZ8Q3M7T2B5X9C4N6P8R0W',
  userId: 'user-ann',
  status: 'CONFIRMED',
  statusReason: null,
  items: [
    {
      productId: 'p-mug',
      sku: 'MUG-1',
      name: 'Blue mug',
      unitPrice: eur(1290),
      quantity: 2,
      lineTotal: eur(2580),
    },
    {
      productId: 'p-pot',
      sku: 'POT-1',
      name: 'Teapot',
      unitPrice: eur(3000),
      quantity: 1,
      lineTotal: eur(3000),
    },
  ],
  subtotal: eur(5580),
  discount: eur(558),
  total: eur(5022),
  promoCode: 'SPRING10',
  shippingAddress: {
    name: 'Ann Example',
    line1: 'Hauptstraße 1',
    line2: 'Apartment 4',
    city: 'Berlin',
    postalCode: '10115',
    country: 'DE',
  },
  createdAt: '2026-12-06T12:00:00.000Z',
  updatedAt: '2026-12-06T12:00:05.000Z',
  history: [],
};

const withStatus = (status: OrderStatus, statusReason: string | null = null): Order => ({
  ...ORDER,
  status,
  statusReason,
});

/** The email for a status that has one. */
function emailOf(order: Order, name: string | null = 'Ann') {
  const email = orderEmail(order, name);
  if (email === null) throw new Error(`no email for ${order.status}`);
  return email;
}

describe('formatMoney', () => {
  it('shows cents in the currency’s own minor units', () => {
    expect(formatMoney(eur(1290))).toBe('€12.90');
    expect(formatMoney(eur(-258))).toBe('-€2.58');
    expect(formatMoney({ cents: 1500, currency: 'JPY' })).toBe('¥1,500');
    expect(formatMoney({ cents: 123456789, currency: 'USD' })).toBe('$1,234,567.89');
  });
});

describe('shortOrderId and reasonInWords', () => {
  it('shortens an id to its random tail', () => {
    expect(shortOrderId(ORDER.id)).toBe('#4N6P8R0W');
  });

  it('puts codes in words and keeps written reasons as written', () => {
    expect(reasonInWords('OUT_OF_STOCK')).toBe('some of the items are no longer in stock');
    expect(reasonInWords('USED_UP')).toBe('the promo code has been used up');
    expect(reasonInWords('PAYMENT_FAILED')).toBe('payment failed');
    expect(reasonInWords('  Customer asked by phone ')).toBe('Customer asked by phone');
    expect(reasonInWords('   ')).toBeNull();
    expect(reasonInWords(null)).toBeNull();
  });
});

describe('orderEmail', () => {
  it('confirms an order with its lines, totals, discount and code, and the address, in both parts', () => {
    const email = emailOf(ORDER);
    expect(email.subject).toBe('ShopSync: order #4N6P8R0W confirmed');
    expect(email.text).toBe(
      [
        'Hello Ann,',
        '',
        'Thank you for your order #4N6P8R0W. It is confirmed, and we are getting it ready to ship.',
        '',
        'Your order:',
        '- 2 × Blue mug at €12.90 each: €25.80',
        '- 1 × Teapot at €30.00 each: €30.00',
        '',
        'Subtotal: €55.80',
        'Discount (promo code SPRING10): -€5.58',
        'Total: €50.22',
        '',
        'Shipping to:',
        'Ann Example',
        'Hauptstraße 1',
        'Apartment 4',
        '10115 Berlin',
        'Germany',
        '',
        'Order number: 01KDVZ8Q3M7T2B5X9C4N6P8R0W',
        '',
        'ShopSync',
        '',
      ].join('\n'),
    );
    const cells = [...email.html.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((match) => match[1]);
    expect(cells).toEqual([
      'Blue mug',
      '2',
      '€12.90',
      '€25.80',
      'Teapot',
      '1',
      '€30.00',
      '€30.00',
      'Subtotal',
      '€55.80',
      'Discount (promo code SPRING10)',
      '-€5.58',
      '<strong>Total</strong>',
      '<strong>€50.22</strong>',
    ]);
    expect(email.html).toContain(
      '<p>Ann Example<br>\nHauptstraße 1<br>\nApartment 4<br>\n10115 Berlin<br>\nGermany</p>',
    );
    expect(email.html).toContain('<title>ShopSync: order #4N6P8R0W confirmed</title>');
  });

  it('shows no discount line without a discount, and no second address line without one', () => {
    const email = emailOf({
      ...ORDER,
      discount: eur(0),
      total: eur(5580),
      promoCode: null,
      shippingAddress: { ...ORDER.shippingAddress, line2: null },
    });
    expect(email.text).toContain('Subtotal: €55.80\nTotal: €55.80\n');
    expect(email.text).not.toContain('Discount');
    expect(email.html).not.toContain('Discount');
    expect(email.text).toContain('Hauptstraße 1\n10115 Berlin\n');
  });

  it('greets with “Hello,” when no name is known', () => {
    expect(emailOf(ORDER, null).text.startsWith('Hello,\n\n')).toBe(true);
  });

  it('escapes names, addresses and product names in the HTML part, and keeps them in the text part', () => {
    const hostile = '<b>Ann & Bob</b>';
    const email = emailOf(
      {
        ...ORDER,
        items: [{ ...ORDER.items[0]!, name: '<img src=x onerror=alert(1)>' }],
        shippingAddress: { ...ORDER.shippingAddress, name: hostile, line1: '"Quoted" \'Street\'' },
      },
      hostile,
    );
    expect(email.html).toContain('Hello &lt;b&gt;Ann &amp; Bob&lt;/b&gt;,');
    expect(email.html).toContain(
      '<p>&lt;b&gt;Ann &amp; Bob&lt;/b&gt;<br>\n&quot;Quoted&quot; &#39;Street&#39;<br>',
    );
    expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(email.html).not.toContain('<b>');
    expect(email.html).not.toContain('<img');
    expect(email.text).toContain('Hello <b>Ann & Bob</b>,');
    expect(email.text).toContain('\n<b>Ann & Bob</b>\n"Quoted" \'Street\'\n');
  });

  it('tells of a rejection with its reason in words, and the items', () => {
    const email = emailOf(withStatus('REJECTED', 'OUT_OF_STOCK'));
    expect(email.subject).toBe('ShopSync: order #4N6P8R0W could not be accepted');
    expect(email.text).toContain(
      'We are sorry: we could not accept your order #4N6P8R0W, and it will not be shipped.\n\n' +
        'Reason: some of the items are no longer in stock.\n\n' +
        'Items:\n- 2 × Blue mug\n- 1 × Teapot\n',
    );
    expect(email.html).toContain('<p>Reason: some of the items are no longer in stock.</p>');
    expect(email.html).toContain('<li>2 × Blue mug</li>');
    expect(email.text).not.toContain('€');
  });

  it('tells of a cancellation with the reason as written (escaped), or without a reason', () => {
    const email = emailOf(withStatus('CANCELLED', 'Changed <my> mind & left'));
    expect(email.subject).toBe('ShopSync: order #4N6P8R0W cancelled');
    expect(email.text).toContain(
      'Your order #4N6P8R0W has been cancelled and will not be shipped.\n\nReason: Changed <my> mind & left.\n',
    );
    expect(email.html).toContain('<p>Reason: Changed &lt;my&gt; mind &amp; left.</p>');

    const silent = emailOf(withStatus('CANCELLED'));
    expect(silent.text).not.toContain('Reason');
    expect(silent.html).not.toContain('Reason');
  });

  it('tells of the shipping with the items and the address', () => {
    const email = emailOf(withStatus('SHIPPED'));
    expect(email.subject).toBe('ShopSync: order #4N6P8R0W shipped');
    expect(email.text).toContain('has been handed to the carrier and is on its way.');
    expect(email.text).toContain('Items:\n- 2 × Blue mug\n- 1 × Teapot\n');
    expect(email.text).toContain('Shipping to:\nAnn Example\n');
  });

  it('sends nothing for PENDING and DELIVERED', () => {
    expect(orderEmail(withStatus('PENDING'), 'Ann')).toBeNull();
    expect(orderEmail(withStatus('DELIVERED'), 'Ann')).toBeNull();
  });

  it('writes every amount in the order’s own currency', () => {
    const usd = (cents: number) => ({ cents, currency: 'USD' });
    const email = emailOf({
      ...ORDER,
      items: [{ ...ORDER.items[0]!, unitPrice: usd(1290), lineTotal: usd(2580) }],
      subtotal: usd(2580),
      discount: usd(0),
      total: usd(2580),
    });
    expect(email.text).toContain('- 2 × Blue mug at $12.90 each: $25.80');
    expect(email.text).toContain('Total: $25.80');
  });
});

describe('lowStockEmail', () => {
  const crossings: LowStockCrossing[] = [
    { productId: 'p-mug', sku: 'MUG-1', name: 'Blue mug', stock: 2, lowStockThreshold: 5 },
    { productId: 'p-pot', sku: 'POT-1', name: 'Tea & <pot>', stock: 0, lowStockThreshold: 3 },
  ];

  it('lists each product with its SKU, stock and threshold, escaped in HTML', () => {
    const email = lowStockEmail(crossings);
    expect(email?.subject).toBe('ShopSync: 2 products low on stock');
    expect(email?.text).toContain(
      'These products have fallen to or below the low-stock threshold with the latest order.\n\n' +
        '- Blue mug (SKU MUG-1): 2 in stock, threshold 5\n' +
        '- Tea & <pot> (SKU POT-1): 0 in stock, threshold 3\n',
    );
    const cells = [...(email?.html ?? '').matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((match) => match[1]);
    expect(cells).toEqual(['Blue mug', 'MUG-1', '2', '5', escapeHtml('Tea & <pot>'), 'POT-1', '0', '3']);
  });

  it('speaks of one product in the singular, and builds nothing for none', () => {
    expect(lowStockEmail(crossings.slice(0, 1))?.subject).toBe('ShopSync: 1 product low on stock');
    expect(lowStockEmail(crossings.slice(0, 1))?.text).toContain('This product has fallen');
    expect(lowStockEmail([])).toBeNull();
  });
});
