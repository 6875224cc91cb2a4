import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../gql/graphql.js';
import { formatDateTime } from './formatDateTime.js';
import { orderStatusLabel } from './orderStatusLabel.js';
import { statusExplanation } from './statusExplanation.js';

const STATUSES: readonly OrderStatus[] = [
  'PENDING',
  'CONFIRMED',
  'REJECTED',
  'CANCELLED',
  'SHIPPED',
  'DELIVERED',
];

describe('order status in words', () => {
  it('labels every status without its enum name', () => {
    expect(STATUSES.map(orderStatusLabel)).toEqual([
      'Waiting for confirmation',
      'Confirmed',
      'Rejected',
      'Cancelled',
      'Shipped',
      'Delivered',
    ]);
  });

  it('explains a rejection with the reason the shop gave, and other statuses plainly', () => {
    expect(statusExplanation('REJECTED', 'Only 0 of Stoneware Teapot left')).toBe(
      'We could not accept this order: Only 0 of Stoneware Teapot left.',
    );
    expect(statusExplanation('REJECTED', null)).toBe('We could not accept this order.');
    expect(statusExplanation('CANCELLED', 'Changed my mind.')).toBe(
      'This order is cancelled: Changed my mind.',
    );
    for (const status of STATUSES) expect(statusExplanation(status, null)).not.toMatch(/[A-Z]{4,}/);
  });
});

describe('formatDateTime', () => {
  it('shows a moment in the given locale and time zone', () => {
    expect(formatDateTime('2026-12-07T09:15:00.000Z', 'en-GB', 'Europe/Berlin')).toBe('7 Dec 2026, 10:15');
    expect(formatDateTime('not a date', 'en-GB')).toBe('not a date');
  });
});
