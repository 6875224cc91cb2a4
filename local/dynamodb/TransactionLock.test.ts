import { describe, expect, it } from 'vitest';
import { TransactionLock } from './TransactionLock.js';
import type { Release } from './TransactionLock.js';

/**
 * The lock grants synchronously, inside `acquire` or inside a release, and a grant reaches its holder in
 * a microtask. After one macrotask every grant that is due has been recorded, so a holder not recorded
 * by then is waiting: the tests assert that instead of awaiting a hold that may never come.
 */
const settled = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Records, in order, when each named holder is granted the lock (`in`) and releases it (`out`). */
function recorder(lock: TransactionLock) {
  const events: string[] = [];
  const hold = (mode: 'shared' | 'exclusive', name: string): Promise<Release> =>
    lock.acquire(mode).then((release) => {
      events.push(`${name} in`);
      return () => {
        events.push(`${name} out`);
        release();
      };
    });
  return { events, hold };
}

describe('TransactionLock', () => {
  it('lets shared holders run together', async () => {
    const { events, hold } = recorder(new TransactionLock());
    const first = hold('shared', 'first');
    const second = hold('shared', 'second');
    await settled();
    expect(events).toEqual(['first in', 'second in']);
    (await first)();
    (await second)();
    expect(events).toEqual(['first in', 'second in', 'first out', 'second out']);
  });

  it('makes an exclusive holder wait for the shared ones, and later shared ones wait for it', async () => {
    const { events, hold } = recorder(new TransactionLock());
    const shared = hold('shared', 'shared');
    const exclusive = hold('exclusive', 'exclusive');
    const lateShared = hold('shared', 'late shared');
    await settled();
    expect(events).toEqual(['shared in']);
    (await shared)();
    await settled();
    expect(events).toEqual(['shared in', 'shared out', 'exclusive in']);
    (await exclusive)();
    await settled();
    expect(events).toEqual(['shared in', 'shared out', 'exclusive in', 'exclusive out', 'late shared in']);
    (await lateShared)();
  });

  it('serves exclusive holders one at a time, in arrival order', async () => {
    const lock = new TransactionLock();
    const order: number[] = [];
    let inside = 0;
    await Promise.all(
      [1, 2, 3].map((n) =>
        lock.with('exclusive', async () => {
          inside += 1;
          expect(inside).toBe(1);
          await settled();
          order.push(n);
          inside -= 1;
        }),
      ),
    );
    expect(order).toEqual([1, 2, 3]);
  });

  it('ignores a second release', async () => {
    const { events, hold } = recorder(new TransactionLock());
    const first = hold('shared', 'first');
    const second = hold('shared', 'second');
    await settled();
    const releaseFirst = await first;
    releaseFirst();
    releaseFirst();
    // Counted twice, the releases would free the lock while `second` still holds it.
    const exclusive = hold('exclusive', 'exclusive');
    await settled();
    expect(events).toEqual(['first in', 'second in', 'first out', 'first out']);
    (await second)();
    await settled();
    expect(events).toEqual(['first in', 'second in', 'first out', 'first out', 'second out', 'exclusive in']);
    (await exclusive)();
  });
});
