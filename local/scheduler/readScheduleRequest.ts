import type { FlexibleTimeWindow, RetryPolicy, Target } from '@aws-sdk/client-scheduler';
import { AwsError } from '../AwsError.js';
import { isTimeZone } from '../../functions/lib/time/index.js';
import { parseScheduleExpression } from './parseScheduleExpression.js';
import type { StoredSchedule } from './ScheduleStore.js';

/** The fields of a CreateSchedule or UpdateSchedule request, checked and with AWS's defaults applied. */
export type ScheduleRequest = Pick<
  StoredSchedule,
  | 'Name'
  | 'GroupName'
  | 'ScheduleExpression'
  | 'ScheduleExpressionTimezone'
  | 'Description'
  | 'StartDate'
  | 'EndDate'
  | 'State'
  | 'KmsKeyArn'
  | 'Target'
  | 'FlexibleTimeWindow'
  | 'ActionAfterCompletion'
  | 'ClientToken'
>;

/** AWS's RetryPolicy when a target has none (https://docs.aws.amazon.com/scheduler/latest/APIReference/API_RetryPolicy.html). */
export const DEFAULT_RETRY_POLICY: Required<RetryPolicy> = {
  MaximumEventAgeInSeconds: 86_400,
  MaximumRetryAttempts: 185,
};

/** Names of schedules and groups (API reference: length 1-64). */
export const NAME_PATTERN = /^[0-9a-zA-Z-_.]+$/;
const ROLE_ARN_PATTERN = /^arn:aws(-[a-z]+)?:iam::\d{12}:role\/[\w+=,.@/-]+$/;

/**
 * Checks a CreateSchedule or UpdateSchedule request (`Name` from the path, the rest from the JSON body)
 * against the constraints of the API reference and returns it with defaults applied: group `default`,
 * time zone `UTC`, state `ENABLED`, `ActionAfterCompletion` `NONE`, the default retry policy. Throws a
 * 400 `ValidationException` worded like AWS's for the first violation.
 */
export function readScheduleRequest(request: Readonly<Record<string, unknown>>, now: Date): ScheduleRequest {
  const Name = string(request, 'Name', 'name', { required: true, max: 64, pattern: NAME_PATTERN });
  const GroupName =
    string(request, 'GroupName', 'groupName', { max: 64, pattern: NAME_PATTERN }) ?? 'default';
  const ScheduleExpression = string(request, 'ScheduleExpression', 'scheduleExpression', {
    required: true,
    max: 256,
  });
  let kind: string;
  try {
    kind = parseScheduleExpression(ScheduleExpression).kind;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    // The message AWS answers, as recorded by LocalStack's snapshot tests of real AWS.
    throw new AwsError('ValidationException', `Invalid Schedule Expression ${ScheduleExpression}.`, 400);
  }
  const ScheduleExpressionTimezone =
    string(request, 'ScheduleExpressionTimezone', 'scheduleExpressionTimezone', { max: 50 }) ?? 'UTC';
  if (!isTimeZone(ScheduleExpressionTimezone)) {
    throw new AwsError(
      'ValidationException',
      `Invalid ScheduleExpressionTimezone ${ScheduleExpressionTimezone}.`,
      400,
    );
  }
  const StartDate = timestamp(request, 'StartDate', 'startDate');
  const EndDate = timestamp(request, 'EndDate', 'endDate');
  if (StartDate && EndDate && EndDate.getTime() <= StartDate.getTime()) {
    throw new AwsError(
      'ValidationException',
      'The EndDate you specify must be later than the StartDate.',
      400,
    );
  }
  if (kind !== 'at' && StartDate && StartDate.getTime() < now.getTime() - 5 * 60_000) {
    throw new AwsError(
      'ValidationException',
      'The StartDate you specify cannot be earlier than 5 minutes ago.',
      400,
    );
  }
  return {
    Name,
    GroupName,
    ScheduleExpression,
    ScheduleExpressionTimezone,
    Description: string(request, 'Description', 'description', { max: 512, min: 0 }),
    StartDate: StartDate?.toISOString(),
    EndDate: EndDate?.toISOString(),
    State: oneOf(request, 'State', 'state', ['ENABLED', 'DISABLED'] as const) ?? 'ENABLED',
    KmsKeyArn: string(request, 'KmsKeyArn', 'kmsKeyArn', { max: 2048 }),
    Target: target(object(request, 'Target', 'target', true)),
    FlexibleTimeWindow: flexibleTimeWindow(object(request, 'FlexibleTimeWindow', 'flexibleTimeWindow', true)),
    ActionAfterCompletion:
      oneOf(request, 'ActionAfterCompletion', 'actionAfterCompletion', ['NONE', 'DELETE'] as const) ?? 'NONE',
    ClientToken: string(request, 'ClientToken', 'clientToken', { max: 64 }),
  };
}

function target(value: Readonly<Record<string, unknown>>): Target {
  const retry = object(value, 'RetryPolicy', 'target.retryPolicy', false);
  const RetryPolicy: RetryPolicy = {
    MaximumEventAgeInSeconds:
      integer(retry, 'MaximumEventAgeInSeconds', 'target.retryPolicy.maximumEventAgeInSeconds', 60, 86_400) ??
      DEFAULT_RETRY_POLICY.MaximumEventAgeInSeconds,
    MaximumRetryAttempts:
      integer(retry, 'MaximumRetryAttempts', 'target.retryPolicy.maximumRetryAttempts', 0, 185) ??
      DEFAULT_RETRY_POLICY.MaximumRetryAttempts,
  };
  const deadLetter = object(value, 'DeadLetterConfig', 'target.deadLetterConfig', false);
  string(deadLetter, 'Arn', 'target.deadLetterConfig.arn', { max: 1600 });
  string(value, 'Input', 'target.input', { max: 8192 });
  string(value, 'Arn', 'target.arn', { required: true, max: 1600 });
  string(value, 'RoleArn', 'target.roleArn', { required: true, max: 1600, pattern: ROLE_ARN_PATTERN });
  // The other target parameters (EcsParameters, SqsParameters, ...) are kept as given: only Lambda
  // targets are invoked locally.
  return { ...(value as unknown as Target), RetryPolicy };
}

function flexibleTimeWindow(value: Readonly<Record<string, unknown>>): FlexibleTimeWindow {
  const Mode = oneOf(value, 'Mode', 'flexibleTimeWindow.mode', ['OFF', 'FLEXIBLE'] as const);
  if (Mode === undefined) throw constraint(null, 'flexibleTimeWindow.mode', 'Member must not be null');
  const MaximumWindowInMinutes = integer(
    value,
    'MaximumWindowInMinutes',
    'flexibleTimeWindow.maximumWindowInMinutes',
    1,
    1440,
  );
  if (Mode === 'FLEXIBLE' && MaximumWindowInMinutes === undefined) {
    throw new AwsError(
      'ValidationException',
      'MaximumWindowInMinutes must be provided when Mode is FLEXIBLE.',
      400,
    );
  }
  return { Mode, ...(MaximumWindowInMinutes !== undefined && { MaximumWindowInMinutes }) };
}

/** AWS's wording of a constraint violation (the Coral validation message). */
function constraint(value: unknown, at: string, rule: string): AwsError {
  const shown =
    value === null || value === undefined ? 'null' : `'${JSON.stringify(value).replace(/^"|"$/g, '')}'`;
  return new AwsError(
    'ValidationException',
    `1 validation error detected: Value ${shown} at '${at}' failed to satisfy constraint: ${rule}`,
    400,
  );
}

interface StringRule {
  readonly required?: boolean;
  readonly min?: number;
  readonly max: number;
  readonly pattern?: RegExp;
}

function string(
  from: Readonly<Record<string, unknown>>,
  key: string,
  at: string,
  rule: StringRule & { required: true },
): string;
function string(
  from: Readonly<Record<string, unknown>>,
  key: string,
  at: string,
  rule: StringRule,
): string | undefined;
function string(
  from: Readonly<Record<string, unknown>>,
  key: string,
  at: string,
  rule: StringRule,
): string | undefined {
  const value = from[key];
  if (value === undefined || value === null) {
    if (rule.required) throw constraint(null, at, 'Member must not be null');
    return undefined;
  }
  if (typeof value !== 'string') throw constraint(value, at, 'Member must be a string');
  const min = rule.min ?? 1;
  if (value.length < min || value.length > rule.max) {
    throw constraint(value, at, `Member must have length between ${min} and ${rule.max}`);
  }
  if (rule.pattern && !rule.pattern.test(value)) {
    throw constraint(value, at, `Member must satisfy regular expression pattern: ${rule.pattern.source}`);
  }
  return value;
}

function oneOf<T extends string>(
  from: Readonly<Record<string, unknown>>,
  key: string,
  at: string,
  values: readonly T[],
): T | undefined {
  const value = from[key];
  if (value === undefined || value === null) return undefined;
  if (!values.includes(value as T)) {
    throw constraint(value, at, `Member must satisfy enum value set: [${values.join(', ')}]`);
  }
  return value as T;
}

function integer(
  from: Readonly<Record<string, unknown>>,
  key: string,
  at: string,
  min: number,
  max: number,
): number | undefined {
  const value = from[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw constraint(value, at, 'Member must be an integer');
  if (value < min) throw constraint(value, at, `Member must have value greater than or equal to ${min}`);
  if (value > max) throw constraint(value, at, `Member must have value less than or equal to ${max}`);
  return value;
}

function object(
  from: Readonly<Record<string, unknown>>,
  key: string,
  at: string,
  required: boolean,
): Readonly<Record<string, unknown>> {
  const value = from[key];
  if (value === undefined || value === null) {
    if (required) throw constraint(null, at, 'Member must not be null');
    return {};
  }
  if (typeof value !== 'object' || Array.isArray(value))
    throw constraint(value, at, 'Member must be a structure');
  return value as Readonly<Record<string, unknown>>;
}

/** restJson1 sends timestamps as epoch seconds; an ISO string is taken too. */
function timestamp(from: Readonly<Record<string, unknown>>, key: string, at: string): Date | undefined {
  const value = from[key];
  if (value === undefined || value === null) return undefined;
  const date =
    typeof value === 'number'
      ? new Date(value * 1000)
      : typeof value === 'string'
        ? new Date(value)
        : undefined;
  if (!date || Number.isNaN(date.getTime())) throw constraint(value, at, 'Member must be a timestamp');
  return date;
}
