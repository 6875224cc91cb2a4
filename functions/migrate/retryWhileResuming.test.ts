import { DatabaseResumingException, StatementTimeoutException } from '@aws-sdk/client-rds-data';
import { describe, expect, it } from 'vitest';
import { retryWhileResuming } from './retryWhileResuming.js';

// The errors are the SDK's own exception classes; the call is a plain function, so the clock and the
// sleeps are the only things replaced.
function resuming(): Error {
  return new DatabaseResumingException({ message: 'Database is resuming', $metadata: {} });
}

function fakeTime(): { now: () => number; sleep: (ms: number) => Promise<void>; sleeps: number[] } {
  let time = 0;
  const sleeps: number[] = [];
  return {
    now: () => time,
    sleep: (ms) => {
      sleeps.push(ms);
      time += ms;
      return Promise.resolve();
    },
    sleeps,
  };
}

describe('retryWhileResuming', () => {
  it('retries while the database resumes, with growing waits', async () => {
    const time = fakeTime();
    const failures = [
      resuming(),
      new StatementTimeoutException({ message: 'timeout', $metadata: {} }),
      resuming(),
    ];
    const lines: string[] = [];
    const result = await retryWhileResuming(
      () => {
        const failure = failures.shift();
        return failure ? Promise.reject(failure) : Promise.resolve('awake');
      },
      { ...time, log: (line) => lines.push(line) },
    );
    expect(result).toBe('awake');
    expect(time.sleeps).toEqual([1000, 2000, 4000]);
    expect(lines[0]).toBe('database not ready (DatabaseResumingException); retrying in 1 s');
  });

  it('throws any other error at once', async () => {
    const time = fakeTime();
    const failure = new Error('BadRequestException');
    await expect(retryWhileResuming(() => Promise.reject(failure), time)).rejects.toBe(failure);
    expect(time.sleeps).toEqual([]);
  });

  it('gives up with the last error once the deadline is reached, waiting at most 20 s at a time', async () => {
    const time = fakeTime();
    const failure = resuming();
    await expect(
      retryWhileResuming(() => Promise.reject(failure), { ...time, deadlineMs: 300_000 }),
    ).rejects.toBe(failure);
    expect(Math.max(...time.sleeps)).toBe(20_000);
    const waited = time.sleeps.reduce((sum, ms) => sum + ms, 0);
    expect(waited).toBeLessThanOrEqual(300_000);
    expect(waited).toBeGreaterThan(280_000);
  });
});
