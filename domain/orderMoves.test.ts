import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../schema/generated/types.js';
import { canMove, ORDER_MOVES } from './orderMoves.js';

const ALL: readonly OrderStatus[] = ['PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED', 'SHIPPED', 'DELIVERED'];

describe('canMove', () => {
  it('allows exactly the moves of the schema', () => {
    const allowed = ALL.flatMap((from) => ALL.filter((to) => canMove(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual([
      'PENDING→CONFIRMED',
      'PENDING→REJECTED',
      'PENDING→CANCELLED',
      'CONFIRMED→CANCELLED',
      'CONFIRMED→SHIPPED',
      'SHIPPED→DELIVERED',
    ]);
  });

  it('never moves an order to the status it has, and never out of a final status', () => {
    for (const status of ALL) expect(canMove(status, status)).toBe(false);
    for (const final of ['REJECTED', 'CANCELLED', 'DELIVERED'] as const)
      expect(ORDER_MOVES[final]).toEqual([]);
  });
});
