import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FlexibleTimeWindow, Target } from '@aws-sdk/client-scheduler';
import { replaceFileSync } from '../replaceFileSync.js';

/**
 * One schedule as the store keeps it. Field names and meanings are those of `GetScheduleOutput`
 * (https://docs.aws.amazon.com/scheduler/latest/APIReference/API_GetSchedule.html), with defaults filled
 * in as AWS fills them; dates are ISO 8601 strings here and epoch seconds on the wire.
 */
export interface StoredSchedule {
  /** `arn:aws:scheduler:<region>:<account>:schedule/<group>/<name>`. */
  readonly Arn: string;
  readonly GroupName: string;
  readonly Name: string;
  readonly ScheduleExpression: string;
  /** IANA zone; `UTC` when the request gave none. */
  readonly ScheduleExpressionTimezone: string;
  readonly Description?: string;
  readonly StartDate?: string;
  readonly EndDate?: string;
  readonly State: 'ENABLED' | 'DISABLED';
  readonly KmsKeyArn?: string;
  /** As given, with `RetryPolicy` defaulted to AWS's 185 attempts within 86,400 seconds. */
  readonly Target: Target;
  readonly FlexibleTimeWindow: FlexibleTimeWindow;
  readonly ActionAfterCompletion: 'NONE' | 'DELETE';
  readonly CreationDate: string;
  readonly LastModificationDate: string;
  /** The `ClientToken` of the CreateSchedule call that made it: an SDK retry of that call is no conflict. */
  readonly ClientToken?: string;
}

/** What `scheduler.json` holds. */
interface StateFile {
  readonly schedules: readonly StoredSchedule[];
}

/**
 * The schedules of the twin, keyed by group and name, kept in memory and, when `file` is given, written
 * to it (whole, through a rename, so a crash leaves the old or the new file) after every change.
 */
export class ScheduleStore {
  readonly #schedules = new Map<string, StoredSchedule>();

  private constructor(private readonly file: string | undefined) {}

  /** Opens the store, loading `file` when it exists. A file that is not valid state fails with its path. */
  static open(file: string | undefined): ScheduleStore {
    const store = new ScheduleStore(file);
    if (file) {
      mkdirSync(path.dirname(file), { recursive: true });
      let text: string | undefined;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      if (text !== undefined) {
        let schedules: readonly StoredSchedule[];
        try {
          const state = JSON.parse(text) as Partial<StateFile> | null;
          if (!state || !Array.isArray(state.schedules)) throw new Error('no "schedules" array');
          schedules = state.schedules as readonly StoredSchedule[];
        } catch (error) {
          throw new Error(`Scheduler state ${file} is not readable: ${(error as Error).message}`, {
            cause: error,
          });
        }
        for (const schedule of schedules)
          store.#schedules.set(keyOf(schedule.GroupName, schedule.Name), schedule);
      }
    }
    return store;
  }

  get(groupName: string, name: string): StoredSchedule | undefined {
    return this.#schedules.get(keyOf(groupName, name));
  }

  /** Every schedule, by group then name. */
  all(): readonly StoredSchedule[] {
    return [...this.#schedules.values()].sort(
      (a, b) => compare(a.GroupName, b.GroupName) || compare(a.Name, b.Name),
    );
  }

  put(schedule: StoredSchedule): void {
    this.#schedules.set(keyOf(schedule.GroupName, schedule.Name), schedule);
    this.#save();
  }

  /** Removes the schedule; false when there was none. */
  delete(groupName: string, name: string): boolean {
    const deleted = this.#schedules.delete(keyOf(groupName, name));
    if (deleted) this.#save();
    return deleted;
  }

  #save(): void {
    if (!this.file) return;
    const state: StateFile = { schedules: this.all() };
    replaceFileSync(this.file, `${JSON.stringify(state, null, 2)}\n`);
  }
}

function keyOf(groupName: string, name: string): string {
  return `${groupName}/${name}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
