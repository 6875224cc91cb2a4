import type { RetryPolicy } from '@aws-sdk/client-scheduler';

export interface Delivery {
  /** One attempt to invoke the target; a rejection is a failed attempt. */
  readonly attempt: () => Promise<void>;
  /** `MaximumRetryAttempts` and `MaximumEventAgeInSeconds` of the target, defaults filled in. */
  readonly policy: Required<RetryPolicy>;
  /** When the event was due: its age counts from here. */
  readonly dueAt: Date;
  readonly now: () => Date;
  /** Waits `ms`; resolves false when the twin is stopping, which ends the retries. */
  readonly sleep: (ms: number) => Promise<boolean>;
  /** Told of each failed attempt (1-based) and whether another will follow. */
  readonly onFailure: (error: unknown, attempt: number, willRetry: boolean) => void;
}

/** First retry after 250 ms, doubling up to 10 s: AWS retries with its own (undocumented) backoff. */
export function retryDelay(retry: number): number {
  return Math.min(250 * 2 ** retry, 10_000);
}

/**
 * Invokes a target the way EventBridge Scheduler retries a failed delivery: at most
 * `MaximumRetryAttempts` retries, none once the event would be older than `MaximumEventAgeInSeconds`,
 * with a short local backoff (`retryDelay`). Resolves true when an attempt succeeded, false when the
 * event was given up (AWS would then send it to the target's dead-letter queue, if any).
 */
export async function deliverWithRetries(delivery: Delivery): Promise<boolean> {
  for (let retry = 0; ; retry += 1) {
    try {
      await delivery.attempt();
      return true;
    } catch (error) {
      const delay = retryDelay(retry);
      const ageAtRetry = delivery.now().getTime() + delay - delivery.dueAt.getTime();
      const willRetry =
        retry < delivery.policy.MaximumRetryAttempts &&
        ageAtRetry <= delivery.policy.MaximumEventAgeInSeconds * 1000;
      delivery.onFailure(error, retry + 1, willRetry);
      if (!willRetry || !(await delivery.sleep(delay))) return false;
    }
  }
}
