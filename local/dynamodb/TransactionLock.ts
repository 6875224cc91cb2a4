/** Releases a hold on a {@link TransactionLock}; calling it again does nothing. */
export type Release = () => void;

/**
 * The lock that makes the twin's transactions atomic and isolated on top of dynalite, which has none.
 * Ordinary requests hold it `shared` (any number at once); a transaction holds it `exclusive` (alone),
 * so no write lands between its snapshot and its last write, and no read sees a write it may still undo.
 * Waiters are served in arrival order, so a stream of ordinary requests cannot starve a transaction.
 */
export class TransactionLock {
  private holders = 0;
  private exclusiveHeld = false;
  private readonly waiting: { readonly exclusive: boolean; readonly grant: () => void }[] = [];

  /** Resolves once the hold is granted; the caller must call the returned release exactly when done. */
  acquire(mode: 'shared' | 'exclusive'): Promise<Release> {
    const exclusive = mode === 'exclusive';
    return new Promise((resolve) => {
      const grant = (): void => {
        this.holders += 1;
        this.exclusiveHeld = exclusive;
        resolve(this.releaser());
      };
      if (this.waiting.length === 0 && this.admits(exclusive)) grant();
      else this.waiting.push({ exclusive, grant });
    });
  }

  /** Holds the lock in `mode` while `work` runs. */
  async with<T>(mode: 'shared' | 'exclusive', work: () => Promise<T>): Promise<T> {
    const release = await this.acquire(mode);
    try {
      return await work();
    } finally {
      release();
    }
  }

  private admits(exclusive: boolean): boolean {
    return exclusive ? this.holders === 0 : !this.exclusiveHeld;
  }

  private releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holders -= 1;
      if (this.holders === 0) this.exclusiveHeld = false;
      for (let next = this.waiting[0]; next && this.admits(next.exclusive); next = this.waiting[0]) {
        this.waiting.shift();
        next.grant();
      }
    };
  }
}
