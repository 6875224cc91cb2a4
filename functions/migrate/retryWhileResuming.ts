/** Data API errors a paused Aurora Serverless v2 cluster returns while it resumes from 0 ACU. */
const RESUMING_ERRORS: ReadonlySet<string> = new Set([
  'DatabaseResumingException',
  'StatementTimeoutException',
]);

export interface RetryOptions {
  /** Give up once this much time has passed since the first attempt; ~5 minutes by default. */
  readonly deadlineMs?: number;
  readonly log?: (line: string) => void;
  /** Injected for tests; real timers and clock by default. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

/**
 * Calls `call` until it stops failing with `DatabaseResumingException` or `StatementTimeoutException`,
 * waiting 1 s, 2 s, 4 s … (at most 20 s) between attempts, for up to `deadlineMs`. Other errors, and the
 * last error once the deadline has passed, are thrown unchanged.
 *
 * Only wrap a call that is safe to repeat: a statement that timed out may still have run. The migrate
 * handler wraps a `SELECT 1` that wakes the cluster before the first real statement.
 */
export async function retryWhileResuming<T>(call: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { deadlineMs = 300_000, log = () => undefined, sleep = delay, now = Date.now } = options;
  const start = now();
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const wait = Math.min(1000 * 2 ** attempt, 20_000);
      const retryable = error instanceof Error && RESUMING_ERRORS.has(error.name);
      if (!retryable || now() - start + wait > deadlineMs) throw error;
      log(`database not ready (${error.name}); retrying in ${wait / 1000} s`);
      await sleep(wait);
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
