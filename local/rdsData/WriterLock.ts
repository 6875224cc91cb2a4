interface Waiter {
  readonly grant: () => void;
  readonly fail: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * The one-writer lock of a SQLite connection, granted first come, first served.
 *
 * SQLite has one connection per database here, so a transaction holds this lock from BeginTransaction to
 * its commit or rollback, and every statement outside it waits until then (otherwise it would run inside
 * the open transaction and see, or be rolled back with, its uncommitted changes).
 */
export class WriterLock {
  private held = false;
  private readonly waiters: Waiter[] = [];

  /** True when nobody holds the lock or waits for it: a synchronous step may run at once without it. */
  get free(): boolean {
    return !this.held && this.waiters.length === 0;
  }

  /**
   * Resolves once the caller holds the lock; rejects with `onTimeout()` if that takes longer than
   * `timeoutMs` (the caller then does not hold it).
   */
  acquire(timeoutMs: number, onTimeout: () => Error): Promise<void> {
    if (this.free) {
      this.held = true;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        fail: (error) => {
          clearTimeout(waiter.timer);
          reject(error);
        },
        timer: setTimeout(() => {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          reject(onTimeout());
        }, timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  /** Hands the lock to the next waiter, or frees it. */
  release(): void {
    const next = this.waiters.shift();
    if (next === undefined) this.held = false;
    else next.grant();
  }

  /** Rejects every waiter with `error` (the database is closing). */
  abort(error: Error): void {
    for (const waiter of this.waiters.splice(0)) waiter.fail(error);
  }
}
