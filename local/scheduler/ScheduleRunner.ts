import { AwsError } from '../AwsError.js';
import { deliverWithRetries } from './deliverWithRetries.js';
import { lambdaFunctionName } from './lambdaFunctionName.js';
import { nextFireTime } from './nextFireTime.js';
import { DEFAULT_RETRY_POLICY } from './readScheduleRequest.js';
import type { ScheduleStore, StoredSchedule } from './ScheduleStore.js';

export interface ScheduleRunnerOptions {
  readonly store: ScheduleStore;
  readonly now: () => Date;
  /** Runs a Lambda function with an event; a rejection is a failed invocation. */
  readonly invoke: (functionName: string, input: unknown) => Promise<void>;
  readonly log: (line: string) => void;
}

interface Due {
  readonly groupName: string;
  readonly name: string;
  readonly at: Date;
}

/**
 * Longest the one timer sleeps before looking again: keeps `setTimeout` under its 24.8-day limit and
 * notices a wall-clock jump (a laptop waking up) within the hour.
 */
const MAX_TIMER_DELAY = 3_600_000;

/**
 * Fires the stored schedules on time with ONE timer, armed for the earliest due schedule and re-armed
 * after every change and every firing. A schedule due while the twin was not running is not caught up
 * on: its next fire time is computed from the moment the twin starts, as AWS never replays missed
 * invocations either (a disabled-then-enabled schedule resumes from the present).
 */
export class ScheduleRunner {
  readonly #due = new Map<string, Due>();
  readonly #inFlight = new Set<Promise<unknown>>();
  readonly #sleeps = new Set<() => void>();
  #timer: NodeJS.Timeout | undefined;
  #started = false;
  #stopped = false;

  constructor(private readonly options: ScheduleRunnerOptions) {}

  /** Computes every schedule's next fire time from now and arms the timer. */
  start(): void {
    this.#started = true;
    const after = this.#justBeforeNow();
    for (const schedule of this.options.store.all()) this.#plan(schedule, after);
    this.#arm();
  }

  /**
   * Recomputes one schedule's next fire time after it was created, updated or deleted. A time equal to
   * now still fires: a `rate()` schedule without `StartDate` fires at once, as AWS documents.
   */
  reschedule(groupName: string, name: string): void {
    if (!this.#started) return;
    const schedule = this.options.store.get(groupName, name);
    if (schedule) this.#plan(schedule, this.#justBeforeNow());
    else this.#due.delete(keyOf(groupName, name));
    this.#arm();
  }

  /** When the schedule fires next; undefined when disabled, finished or unknown. */
  nextFireTime(groupName: string, name: string): Date | undefined {
    return this.#due.get(keyOf(groupName, name))?.at;
  }

  /**
   * Invokes the schedule's target at once, once, outside its timing (no retries, no
   * `ActionAfterCompletion`, works on a disabled schedule), and rejects with the target's error.
   */
  async fire(groupName: string, name: string): Promise<void> {
    const schedule = this.options.store.get(groupName, name);
    if (!schedule) throw new AwsError('ResourceNotFoundException', `Schedule ${name} does not exist.`, 404);
    const functionName = lambdaFunctionName(schedule.Target.Arn ?? '');
    if (!functionName) {
      throw new AwsError(
        'ValidationException',
        `Target ${schedule.Target.Arn} is not a Lambda function: the local twin invokes only Lambda targets.`,
        400,
      );
    }
    this.options.log(`scheduler: ${name} fired by hand → ${functionName}`);
    await this.#track(this.options.invoke(functionName, inputOf(schedule)));
  }

  /** Disarms the timer, ends pending retries, and waits for invocations in flight. Idempotent. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    for (const cancel of this.#sleeps) cancel();
    await Promise.allSettled([...this.#inFlight]);
  }

  #justBeforeNow(): Date {
    return new Date(this.options.now().getTime() - 1);
  }

  #plan(schedule: StoredSchedule, after: Date): void {
    const key = keyOf(schedule.GroupName, schedule.Name);
    let at: Date | undefined;
    if (schedule.State === 'ENABLED') {
      const isRate = schedule.ScheduleExpression.startsWith('rate(');
      // A rate without StartDate counts its periods from the schedule's creation: the first run is at
      // creation, and a restart does not shift the phase.
      const start = schedule.StartDate ?? (isRate ? schedule.CreationDate : undefined);
      try {
        at = nextFireTime(schedule.ScheduleExpression, schedule.ScheduleExpressionTimezone, after, {
          ...(start !== undefined && { start: new Date(start) }),
          ...(schedule.EndDate !== undefined && { end: new Date(schedule.EndDate) }),
        });
      } catch (error) {
        this.options.log(`scheduler: ${schedule.Name} cannot be planned: ${(error as Error).message}`);
      }
    }
    if (at) this.#due.set(key, { groupName: schedule.GroupName, name: schedule.Name, at });
    else this.#due.delete(key);
  }

  #arm(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#stopped || !this.#started) return;
    let earliest = Number.POSITIVE_INFINITY;
    for (const due of this.#due.values()) earliest = Math.min(earliest, due.at.getTime());
    if (earliest === Number.POSITIVE_INFINITY) return;
    const delay = Math.min(Math.max(0, earliest - this.options.now().getTime()), MAX_TIMER_DELAY);
    this.#timer = setTimeout(() => this.#onTimer(), delay);
    this.#timer.unref();
  }

  #onTimer(): void {
    this.#timer = undefined;
    const now = this.options.now();
    const due = [...this.#due.values()].filter((entry) => entry.at.getTime() <= now.getTime());
    for (const entry of due) {
      const schedule = this.options.store.get(entry.groupName, entry.name);
      if (!schedule) {
        this.#due.delete(keyOf(entry.groupName, entry.name));
        continue;
      }
      // The next run counts from now, not from the missed one: a late timer fires once, not in a burst.
      this.#plan(schedule, now);
      void this.#track(
        this.#deliver(schedule, entry.at).catch((error: unknown) =>
          this.options.log(`scheduler: ${schedule.Name} delivery failed in the twin: ${String(error)}`),
        ),
      );
    }
    this.#arm();
  }

  async #deliver(schedule: StoredSchedule, dueAt: Date): Promise<void> {
    const functionName = lambdaFunctionName(schedule.Target.Arn ?? '');
    if (!functionName) {
      this.options.log(
        `scheduler: ${schedule.Name} skipped: target ${schedule.Target.Arn} is not a Lambda function (only Lambda targets run locally)`,
      );
    } else {
      this.options.log(`scheduler: ${schedule.Name} due ${dueAt.toISOString()} → ${functionName}`);
      const input = inputOf(schedule);
      const delivered = await deliverWithRetries({
        attempt: () => this.options.invoke(functionName, input),
        policy: { ...DEFAULT_RETRY_POLICY, ...schedule.Target.RetryPolicy },
        dueAt,
        now: this.options.now,
        sleep: (ms) => this.#sleep(ms),
        onFailure: (error, attempt, willRetry) =>
          this.options.log(
            `scheduler: ${schedule.Name} → ${functionName} failed (attempt ${attempt}${willRetry ? ', will retry' : ', giving up'}): ${(error as Error).message}`,
          ),
      });
      if (!delivered && schedule.Target.DeadLetterConfig?.Arn) {
        this.options.log(
          `scheduler: ${schedule.Name} event dropped; AWS would send it to ${schedule.Target.DeadLetterConfig.Arn}`,
        );
      }
    }
    this.#complete(schedule);
  }

  /** `ActionAfterCompletion: DELETE`: once the last invocation is over, the schedule deletes itself. */
  #complete(schedule: StoredSchedule): void {
    const key = keyOf(schedule.GroupName, schedule.Name);
    const unchanged = this.options.store.get(schedule.GroupName, schedule.Name) === schedule;
    if (schedule.ActionAfterCompletion !== 'DELETE' || !unchanged || this.#due.has(key)) return;
    this.options.store.delete(schedule.GroupName, schedule.Name);
    this.options.log(`scheduler: ${schedule.Name} completed and deleted (ActionAfterCompletion DELETE)`);
  }

  #sleep(ms: number): Promise<boolean> {
    if (this.#stopped) return Promise.resolve(false);
    return new Promise((resolve) => {
      const cancel = (): void => {
        clearTimeout(timer);
        this.#sleeps.delete(cancel);
        resolve(false);
      };
      const timer = setTimeout(() => {
        this.#sleeps.delete(cancel);
        resolve(true);
      }, ms);
      this.#sleeps.add(cancel);
    });
  }

  #track<T>(promise: Promise<T>): Promise<T> {
    this.#inFlight.add(promise);
    void promise.then(
      () => this.#inFlight.delete(promise),
      () => this.#inFlight.delete(promise),
    );
    return promise;
  }
}

/** `Target.Input` is a JSON string; the function receives it parsed (`{}` when there is none). */
function inputOf(schedule: StoredSchedule): unknown {
  const input = schedule.Target.Input;
  if (input === undefined) return {};
  try {
    return JSON.parse(input) as unknown;
  } catch {
    return input;
  }
}

function keyOf(groupName: string, name: string): string {
  return `${groupName}/${name}`;
}
