/**
 * Runs the TTL sweep every so often and on demand, never two at once: a sweep asked for while one runs
 * starts after it, and a tick that finds one running is skipped.
 */
export class Sweeper {
  private last: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly run: () => Promise<number>,
    private readonly log?: (line: string) => void,
  ) {}

  /** Sweeps every `intervalMs` until {@link Sweeper.stop}; the timer does not keep the process alive. */
  every(intervalMs: number): void {
    this.timer = setInterval(() => {
      if (this.pending > 0) return;
      this.sweep().catch((error: unknown) => this.log?.(`dynamodb: TTL sweep failed: ${String(error)}`));
    }, intervalMs);
    this.timer.unref();
  }

  /** Sweeps once, after any sweep under way, and resolves to the number of items deleted. */
  sweep(): Promise<number> {
    this.pending += 1;
    const next = this.last.then(
      () => this.run(),
      () => this.run(),
    );
    this.last = next.finally(() => (this.pending -= 1)).catch(() => undefined);
    return next;
  }

  /** Stops the timer and waits for the sweep under way, if any. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.last;
  }
}
