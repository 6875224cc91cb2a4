import { AwsError } from '../AwsError.js';
import { NAME_PATTERN, readScheduleRequest } from './readScheduleRequest.js';
import type { ScheduleStore, StoredSchedule } from './ScheduleStore.js';

/** A request of one operation: path and query members by their SDK names, and the JSON body's members. */
export type OperationInput = Readonly<Record<string, unknown>>;

export interface SchedulerProviderOptions {
  readonly store: ScheduleStore;
  readonly region: string;
  readonly accountId: string;
  readonly now: () => Date;
  /** Told after a schedule was created, updated or deleted, to re-arm the timer. */
  readonly onChange: (groupName: string, name: string) => void;
}

/** The only group: this twin has no CreateScheduleGroup, and AWS creates `default` for every account. */
export const DEFAULT_GROUP = 'default';

/**
 * EventBridge Scheduler's schedule operations, one method per AWS operation, answering what AWS answers
 * (https://docs.aws.amazon.com/scheduler/latest/APIReference/). Responses are the JSON bodies of the
 * restJson1 protocol (timestamps in epoch seconds); failures are `AwsError`s with AWS's codes.
 */
export class SchedulerProvider {
  constructor(private readonly options: SchedulerProviderOptions) {}

  /** CreateSchedule: `POST /schedules/{Name}`. */
  createSchedule(input: OperationInput): { readonly ScheduleArn: string } {
    const now = this.options.now();
    const request = readScheduleRequest(input, now);
    this.#requireGroup(request.GroupName);
    const existing = this.options.store.get(request.GroupName, request.Name);
    if (existing) {
      // The SDK sends one ClientToken per call and keeps it across its retries.
      if (request.ClientToken !== undefined && existing.ClientToken === request.ClientToken) {
        return { ScheduleArn: existing.Arn };
      }
      throw new AwsError('ConflictException', `Schedule ${request.Name} already exists.`, 409);
    }
    const schedule: StoredSchedule = {
      ...request,
      Arn: `arn:aws:scheduler:${this.options.region}:${this.options.accountId}:schedule/${request.GroupName}/${request.Name}`,
      CreationDate: now.toISOString(),
      LastModificationDate: now.toISOString(),
    };
    this.options.store.put(schedule);
    this.options.onChange(schedule.GroupName, schedule.Name);
    return { ScheduleArn: schedule.Arn };
  }

  /** GetSchedule: `GET /schedules/{Name}?groupName=`. */
  getSchedule(input: OperationInput): Readonly<Record<string, unknown>> {
    const schedule = this.#find(input);
    return {
      Arn: schedule.Arn,
      GroupName: schedule.GroupName,
      Name: schedule.Name,
      ScheduleExpression: schedule.ScheduleExpression,
      ScheduleExpressionTimezone: schedule.ScheduleExpressionTimezone,
      Description: schedule.Description,
      StartDate: epochSeconds(schedule.StartDate),
      EndDate: epochSeconds(schedule.EndDate),
      State: schedule.State,
      KmsKeyArn: schedule.KmsKeyArn,
      Target: schedule.Target,
      FlexibleTimeWindow: schedule.FlexibleTimeWindow,
      ActionAfterCompletion: schedule.ActionAfterCompletion,
      CreationDate: epochSeconds(schedule.CreationDate),
      LastModificationDate: epochSeconds(schedule.LastModificationDate),
    };
  }

  /**
   * ListSchedules: `GET /schedules?ScheduleGroup=&NamePrefix=&State=&NextToken=&MaxResults=`. Summaries
   * by group then name; `NextToken` is opaque (the last name returned) and absent on the last page.
   */
  listSchedules(input: OperationInput): {
    readonly Schedules: readonly Readonly<Record<string, unknown>>[];
    readonly NextToken?: string;
  } {
    const group = optionalText(input.ScheduleGroup);
    const prefix = optionalText(input.NamePrefix);
    const state = optionalText(input.State);
    if (prefix !== undefined && (prefix.length > 64 || !NAME_PATTERN.test(prefix))) {
      throw validation(
        prefix,
        'namePrefix',
        `Member must satisfy regular expression pattern: ${NAME_PATTERN.source}`,
      );
    }
    if (state !== undefined && state !== 'ENABLED' && state !== 'DISABLED') {
      throw validation(state, 'state', 'Member must satisfy enum value set: [ENABLED, DISABLED]');
    }
    const maxResults = input.MaxResults === undefined ? 100 : Number(input.MaxResults);
    if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > 100) {
      throw validation(input.MaxResults, 'maxResults', 'Member must have value between 1 and 100');
    }
    const after = optionalText(input.NextToken);
    let cursor: string | undefined;
    if (after !== undefined) {
      cursor = Buffer.from(after, 'base64url').toString('utf8');
      if (!cursor.includes('/')) throw new AwsError('ValidationException', 'Invalid NextToken.', 400);
    }
    const matching = this.options.store
      .all()
      .filter(
        (schedule) =>
          (group === undefined || schedule.GroupName === group) &&
          (prefix === undefined || schedule.Name.startsWith(prefix)) &&
          (state === undefined || schedule.State === state) &&
          (cursor === undefined || `${schedule.GroupName}/${schedule.Name}` > cursor),
      );
    const page = matching.slice(0, maxResults);
    const last = page.at(-1);
    return {
      Schedules: page.map((schedule) => ({
        Arn: schedule.Arn,
        Name: schedule.Name,
        GroupName: schedule.GroupName,
        State: schedule.State,
        CreationDate: epochSeconds(schedule.CreationDate),
        LastModificationDate: epochSeconds(schedule.LastModificationDate),
        Target: { Arn: schedule.Target.Arn },
      })),
      ...(matching.length > maxResults &&
        last && { NextToken: Buffer.from(`${last.GroupName}/${last.Name}`).toString('base64url') }),
    };
  }

  /**
   * UpdateSchedule: `PUT /schedules/{Name}`. Replaces the whole definition: as AWS documents, an optional
   * member left out is reset to its default, not kept.
   */
  updateSchedule(input: OperationInput): { readonly ScheduleArn: string } {
    const now = this.options.now();
    const request = readScheduleRequest(input, now);
    const existing = this.#find(input);
    const schedule: StoredSchedule = {
      ...request,
      ClientToken: existing.ClientToken,
      Arn: existing.Arn,
      CreationDate: existing.CreationDate,
      LastModificationDate: now.toISOString(),
    };
    this.options.store.put(schedule);
    this.options.onChange(schedule.GroupName, schedule.Name);
    return { ScheduleArn: schedule.Arn };
  }

  /** DeleteSchedule: `DELETE /schedules/{Name}?groupName=`. */
  deleteSchedule(input: OperationInput): Record<string, never> {
    const schedule = this.#find(input);
    this.options.store.delete(schedule.GroupName, schedule.Name);
    this.options.onChange(schedule.GroupName, schedule.Name);
    return {};
  }

  /** The schedule `input.Name` of `input.GroupName` (default group when absent), or a 404. */
  #find(input: OperationInput): StoredSchedule {
    const name = optionalText(input.Name) ?? '';
    const group = optionalText(input.GroupName) ?? DEFAULT_GROUP;
    this.#requireGroup(group);
    const schedule = this.options.store.get(group, name);
    if (!schedule) throw new AwsError('ResourceNotFoundException', `Schedule ${name} does not exist.`, 404);
    return schedule;
  }

  #requireGroup(group: string): void {
    if (group !== DEFAULT_GROUP) {
      throw new AwsError('ResourceNotFoundException', `Schedule group ${group} does not exist.`, 404);
    }
  }
}

function epochSeconds(iso: string | undefined): number | undefined {
  return iso === undefined ? undefined : Date.parse(iso) / 1000;
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function validation(value: unknown, at: string, rule: string): AwsError {
  return new AwsError(
    'ValidationException',
    `1 validation error detected: Value '${String(value)}' at '${at}' failed to satisfy constraint: ${rule}`,
    400,
  );
}
