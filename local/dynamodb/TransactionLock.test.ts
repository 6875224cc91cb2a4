import { describe, expect, it } from 'vitest';
import { TransactionLock } from './TransactionLock.js';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('TransactionLock', () => {
  it('lets shared holders run together', async () => {
    const lock = new TransactionLock();
    const first = await lock.acquire('shared');
    const second = await lock.acquire('shared');
    first();
    second();
  });

  it('makes an exclusive holder wait for the shared ones, and later shared ones wait for it', async () => {
    const lock = new TransactionLock();
    const events: string[] = [];
    const shared = await lock.acquire('shared');
    const exclusive = lock.acquire('exclusive').then((release) => {
      events.push('exclusive');
      return release;
    });
    const lateShared = lock.acquire('shared').then((release) => {
      events.push('late shared');
      return release;
    });
    await tick();
    expect(events).toEqual([]);
    shared();
    (await exclusive)();
    (await lateShared)();
    expect(events).toEqual(['exclusive', 'late shared']);
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
          await tick();
          order.push(n);
          inside -= 1;
        }),
      ),
    );
    expect(order).toEqual([1, 2, 3]);
  });

  it('ignores a second release', async () => {
    const lock = new TransactionLock();
    const release = await lock.acquire('shared');
    release();
    release();
    const exclusive = await lock.acquire('exclusive');
    exclusive();
  });
});
