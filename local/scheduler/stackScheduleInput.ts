import type { ScheduleSpec } from '../../infra/description.js';
import type { OperationInput } from './SchedulerProvider.js';

/**
 * The CreateSchedule/UpdateSchedule request for schedule `name` of the stack description: the same
 * settings the CDK stack deploys (`infra/stack/functions.ts`, `createSchedule`): flexible window OFF,
 * input `JSON.stringify(spec.input ?? {})`, 3 retries within an hour. Locally it lives in the default
 * group under its key (CloudFormation generates the name on AWS).
 */
export function stackScheduleInput(
  name: string,
  spec: ScheduleSpec,
  functionArn: string,
  roleArn: string,
): OperationInput {
  return {
    Name: name,
    Description: spec.description,
    ScheduleExpression: spec.expression,
    ScheduleExpressionTimezone: spec.timeZone,
    FlexibleTimeWindow: { Mode: 'OFF' },
    State: 'ENABLED',
    Target: {
      Arn: functionArn,
      RoleArn: roleArn,
      Input: JSON.stringify(spec.input ?? {}),
      RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
    },
  };
}
