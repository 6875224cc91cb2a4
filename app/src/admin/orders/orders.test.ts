import { describe, expect, it } from 'vitest';
import { ORDER_MOVES } from '../../../../domain/orderMoves.js';
import type { OrderStatus } from '../../gql/graphql.js';
import { orderFilterOf } from './orderFilterOf.js';
import { orderMoveActions } from './orderMoveActions.js';
import { ORDER_STATUS_TEXT } from './orderStatusText.js';

const STATUSES = Object.keys(ORDER_STATUS_TEXT) as OrderStatus[];
const params = (text: string): URLSearchParams => new URLSearchParams(text);

describe('orderMoveActions', () => {
  it('offers exactly the moves the orders function allows, from every status', () => {
    for (const status of STATUSES)
      expect(
        orderMoveActions(status).map((action) => action.to),
        status,
      ).toEqual(ORDER_MOVES[status]);
  });

  it('labels each move, and asks before the ones that end an order without a sale', () => {
    expect(orderMoveActions('PENDING')).toEqual([
      { to: 'CONFIRMED', label: 'Confirm', ends: false },
      { to: 'REJECTED', label: 'Reject', ends: true },
      { to: 'CANCELLED', label: 'Cancel order', ends: true },
    ]);
    expect(orderMoveActions('CONFIRMED').map((action) => action.label)).toEqual([
      'Cancel order',
      'Mark shipped',
    ]);
    expect(orderMoveActions('SHIPPED').map((action) => action.label)).toEqual(['Mark delivered']);
    for (const final of ['REJECTED', 'CANCELLED', 'DELIVERED'] as const)
      expect(orderMoveActions(final)).toEqual([]);
  });
});

describe('orderFilterOf', () => {
  it('leaves out what is empty', () => {
    expect(orderFilterOf(params(''), 'Europe/Berlin')).toEqual({ input: {} });
    expect(orderFilterOf(params('status=&customer=+'), 'Europe/Berlin')).toEqual({ input: {} });
  });

  it("sends the shop's days as the instants that bound them, the last day included", () => {
    expect(
      orderFilterOf(params('status=SHIPPED&from=2026-03-29&to=2026-03-29&customer=u-1'), 'Europe/Berlin'),
    ).toEqual({
      input: {
        status: 'SHIPPED',
        from: '2026-03-28T23:00:00.000Z',
        // The day the clocks go forward has 23 hours.
        to: '2026-03-29T22:00:00.000Z',
        userId: 'u-1',
      },
    });
  });

  it('names the field it cannot read', () => {
    expect(orderFilterOf(params('status=LOST'), 'UTC')).toMatchObject({ error: { field: 'status' } });
    expect(orderFilterOf(params('from=yesterday'), 'UTC')).toMatchObject({ error: { field: 'from' } });
    expect(orderFilterOf(params('from=2026-05-02&to=2026-05-01'), 'UTC')).toMatchObject({
      error: { code: null, field: 'to' },
    });
    expect(orderFilterOf(params(`customer=${'x'.repeat(65)}`), 'UTC')).toMatchObject({
      error: { field: 'customer' },
    });
  });
});
