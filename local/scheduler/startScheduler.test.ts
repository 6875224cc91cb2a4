import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  GetScheduleCommand,
  ListSchedulesCommand,
  paginateListSchedules,
  ResourceNotFoundException,
  SchedulerClient,
  SchedulerServiceException,
  UpdateScheduleCommand,
  ValidationException,
} from '@aws-sdk/client-scheduler';
import type { CreateScheduleCommandInput, ScheduleSummary } from '@aws-sdk/client-scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScheduler } from './index.js';
import type { LocalScheduler } from './index.js';
import { LOCAL_CREDENTIALS } from '../localAws.js';

const ACCOUNT = '000000000000';
const functionArn = (name: string): string => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/scheduler`;

let scheduler: LocalScheduler;
let client: SchedulerClient;

beforeAll(async () => {
  scheduler = await startScheduler({
    port: 0,
    region: 'us-east-1',
    accountId: ACCOUNT,
    schedules: {},
    invoke: async () => {},
    functionArn,
  });
  client = new SchedulerClient({
    endpoint: scheduler.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
});

afterAll(async () => {
  client.destroy();
  await scheduler.stop();
});

/** A CreateSchedule input that never fires during the test (next year's New Year's Eve, disabled). */
function schedule(name: string, extra: Partial<CreateScheduleCommandInput> = {}): CreateScheduleCommandInput {
  return {
    Name: name,
    ScheduleExpression: 'cron(0 0 31 12 ? *)',
    FlexibleTimeWindow: { Mode: 'OFF' },
    Target: { Arn: functionArn('reports'), RoleArn: ROLE, Input: '{"kind":"daily"}' },
    State: 'DISABLED',
    ...extra,
  };
}

/** The error a call fails with, to assert its class, status, message and wire header. */
async function failure(promise: Promise<unknown>): Promise<SchedulerServiceException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SchedulerServiceException) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('CreateSchedule and GetSchedule', () => {
  it('creates a schedule in the default group and reads it back with AWS defaults', async () => {
    const before = Date.now();
    const created = await client.send(
      new CreateScheduleCommand(
        schedule('contract-get', {
          Description: 'nightly',
          ScheduleExpressionTimezone: 'Europe/Berlin',
          StartDate: new Date('2099-01-01T00:00:00Z'),
          EndDate: new Date('2099-12-31T00:00:00Z'),
        }),
      ),
    );
    expect(created.ScheduleArn).toBe(`arn:aws:scheduler:us-east-1:${ACCOUNT}:schedule/default/contract-get`);

    const got = await client.send(new GetScheduleCommand({ Name: 'contract-get' }));
    expect(got).toMatchObject({
      Arn: created.ScheduleArn,
      Name: 'contract-get',
      GroupName: 'default',
      Description: 'nightly',
      ScheduleExpression: 'cron(0 0 31 12 ? *)',
      ScheduleExpressionTimezone: 'Europe/Berlin',
      State: 'DISABLED',
      ActionAfterCompletion: 'NONE',
      FlexibleTimeWindow: { Mode: 'OFF' },
      StartDate: new Date('2099-01-01T00:00:00Z'),
      EndDate: new Date('2099-12-31T00:00:00Z'),
      Target: {
        Arn: functionArn('reports'),
        RoleArn: ROLE,
        Input: '{"kind":"daily"}',
        RetryPolicy: { MaximumEventAgeInSeconds: 86_400, MaximumRetryAttempts: 185 },
      },
    });
    expect(got.CreationDate).toBeInstanceOf(Date);
    expect(got.CreationDate!.getTime()).toBeGreaterThanOrEqual(before);
    expect(got.LastModificationDate).toEqual(got.CreationDate);
    expect(
      await client.send(new GetScheduleCommand({ Name: 'contract-get', GroupName: 'default' })),
    ).toMatchObject({
      Name: 'contract-get',
    });
  });

  it('defaults the time zone to UTC and the state to ENABLED', async () => {
    await client.send(new CreateScheduleCommand({ ...schedule('contract-defaults'), State: undefined }));
    const got = await client.send(new GetScheduleCommand({ Name: 'contract-defaults' }));
    expect(got).toMatchObject({ ScheduleExpressionTimezone: 'UTC', State: 'ENABLED' });
    await client.send(new DeleteScheduleCommand({ Name: 'contract-defaults' }));
  });

  it('answers ConflictException 409 for an existing name', async () => {
    await client.send(new CreateScheduleCommand(schedule('contract-conflict')));
    const error = await failure(client.send(new CreateScheduleCommand(schedule('contract-conflict'))));
    expect(error).toBeInstanceOf(ConflictException);
    expect(error.$metadata.httpStatusCode).toBe(409);
    expect(error.$response?.headers['x-amzn-errortype']).toBe('ConflictException');
    expect(error.message).toBe('Schedule contract-conflict already exists.');
  });

  it('answers ResourceNotFoundException 404 for an unknown name or group', async () => {
    const error = await failure(client.send(new GetScheduleCommand({ Name: 'contract-missing' })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.$metadata.httpStatusCode).toBe(404);
    expect(error.message).toBe('Schedule contract-missing does not exist.');
    const group = await failure(
      client.send(new CreateScheduleCommand(schedule('contract-x', { GroupName: 'other' }))),
    );
    expect(group).toBeInstanceOf(ResourceNotFoundException);
    expect(group.message).toBe('Schedule group other does not exist.');
  });

  it.each([
    [
      'cron with both day fields',
      { ScheduleExpression: 'cron(0 1 * * * *)' },
      'Invalid Schedule Expression cron(0 1 * * * *).',
    ],
    [
      'an unknown rate unit',
      { ScheduleExpression: 'rate(10 seconds)' },
      'Invalid Schedule Expression rate(10 seconds).',
    ],
    [
      'an at() with a zone',
      { ScheduleExpression: 'at(2030-01-01T00:00:00Z)' },
      'Invalid Schedule Expression at(2030-01-01T00:00:00Z).',
    ],
    ['an unknown time zone', { ScheduleExpressionTimezone: 'Mars/Olympus' }, /ScheduleExpressionTimezone/],
    ['a name with a space', { Name: 'two words' }, /at 'name' failed to satisfy constraint/],
    ['an unknown state', { State: 'PAUSED' as 'ENABLED' }, /enum value set: \[ENABLED, DISABLED\]/],
    [
      'a FLEXIBLE window without its size',
      { FlexibleTimeWindow: { Mode: 'FLEXIBLE' as const } },
      /MaximumWindowInMinutes/,
    ],
    [
      'too many retries',
      { Target: { Arn: functionArn('reports'), RoleArn: ROLE, RetryPolicy: { MaximumRetryAttempts: 186 } } },
      /target\.retryPolicy\.maximumRetryAttempts/,
    ],
    [
      'a role that is not an IAM role ARN',
      { Target: { Arn: functionArn('reports'), RoleArn: 'role' } },
      /target\.roleArn/,
    ],
    [
      'an EndDate before the StartDate',
      { StartDate: new Date('2099-02-01T00:00:00Z'), EndDate: new Date('2099-01-01T00:00:00Z') },
      /EndDate/,
    ],
  ])('answers ValidationException 400 for %s', async (_case, extra, message) => {
    const error = await failure(client.send(new CreateScheduleCommand(schedule('contract-invalid', extra))));
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.$response?.headers['x-amzn-errortype']).toBe('ValidationException');
    expect(error.message).toMatch(message);
  });
});

describe('UpdateSchedule', () => {
  it('replaces the definition, resetting optional members left out, and keeps ARN and CreationDate', async () => {
    await client.send(new CreateScheduleCommand(schedule('contract-update', { Description: 'old' })));
    const before = await client.send(new GetScheduleCommand({ Name: 'contract-update' }));
    const updated = await client.send(
      new UpdateScheduleCommand({
        Name: 'contract-update',
        ScheduleExpression: 'rate(5 minutes)',
        FlexibleTimeWindow: { Mode: 'FLEXIBLE', MaximumWindowInMinutes: 10 },
        Target: {
          Arn: functionArn('other'),
          RoleArn: ROLE,
          RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
        },
        State: 'DISABLED',
        ActionAfterCompletion: 'DELETE',
      }),
    );
    expect(updated.ScheduleArn).toBe(before.Arn);
    const after = await client.send(new GetScheduleCommand({ Name: 'contract-update' }));
    expect(after).toMatchObject({
      ScheduleExpression: 'rate(5 minutes)',
      FlexibleTimeWindow: { Mode: 'FLEXIBLE', MaximumWindowInMinutes: 10 },
      Target: {
        Arn: functionArn('other'),
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
      },
      ActionAfterCompletion: 'DELETE',
      CreationDate: before.CreationDate,
    });
    expect(after.Description).toBeUndefined();
    expect(after.Target?.Input).toBeUndefined();
    expect(after.LastModificationDate!.getTime()).toBeGreaterThanOrEqual(
      before.LastModificationDate!.getTime(),
    );
  });

  it('answers ResourceNotFoundException 404 for an unknown schedule and ValidationException for a bad one', async () => {
    const missing = await failure(client.send(new UpdateScheduleCommand(schedule('contract-nothing'))));
    expect(missing).toBeInstanceOf(ResourceNotFoundException);
    const invalid = await failure(
      client.send(
        new UpdateScheduleCommand(schedule('contract-update', { ScheduleExpression: 'cron(INVALID)' })),
      ),
    );
    expect(invalid).toBeInstanceOf(ValidationException);
    expect(invalid.message).toBe('Invalid Schedule Expression cron(INVALID).');
  });
});

describe('ListSchedules', () => {
  beforeAll(async () => {
    for (const name of ['list-a', 'list-b', 'list-c', 'list-d', 'list-e']) {
      await client.send(
        new CreateScheduleCommand(schedule(name, { State: name === 'list-c' ? 'ENABLED' : 'DISABLED' })),
      );
    }
  });

  it('lists summaries filtered by NamePrefix, State and group', async () => {
    const listed = await client.send(new ListSchedulesCommand({ NamePrefix: 'list-' }));
    expect(listed.Schedules?.map((summary) => summary.Name)).toEqual([
      'list-a',
      'list-b',
      'list-c',
      'list-d',
      'list-e',
    ]);
    expect(listed.NextToken).toBeUndefined();
    expect(listed.Schedules?.[0]).toEqual({
      Arn: `arn:aws:scheduler:us-east-1:${ACCOUNT}:schedule/default/list-a`,
      Name: 'list-a',
      GroupName: 'default',
      State: 'DISABLED',
      CreationDate: expect.any(Date) as Date,
      LastModificationDate: expect.any(Date) as Date,
      Target: { Arn: functionArn('reports') },
    });
    const enabled = await client.send(new ListSchedulesCommand({ NamePrefix: 'list-', State: 'ENABLED' }));
    expect(enabled.Schedules?.map((summary) => summary.Name)).toEqual(['list-c']);
    const inDefault = await client.send(
      new ListSchedulesCommand({ NamePrefix: 'list-', GroupName: 'default' }),
    );
    expect(inDefault.Schedules).toHaveLength(5);
    const inOther = await client.send(new ListSchedulesCommand({ GroupName: 'other' }));
    expect(inOther.Schedules).toEqual([]);
  });

  it('pages with MaxResults and NextToken', async () => {
    const first = await client.send(new ListSchedulesCommand({ NamePrefix: 'list-', MaxResults: 2 }));
    expect(first.Schedules?.map((summary) => summary.Name)).toEqual(['list-a', 'list-b']);
    expect(first.NextToken).toEqual(expect.any(String));
    const names: string[] = [];
    const pages = paginateListSchedules({ client, pageSize: 2 }, { NamePrefix: 'list-' });
    for await (const page of pages)
      names.push(...(page.Schedules ?? []).map((summary: ScheduleSummary) => summary.Name ?? ''));
    expect(names).toEqual(['list-a', 'list-b', 'list-c', 'list-d', 'list-e']);
  });

  it('answers ValidationException for a bad State or MaxResults', async () => {
    const state = await failure(client.send(new ListSchedulesCommand({ State: 'PAUSED' as 'ENABLED' })));
    expect(state).toBeInstanceOf(ValidationException);
    const max = await failure(client.send(new ListSchedulesCommand({ MaxResults: 101 })));
    expect(max).toBeInstanceOf(ValidationException);
  });
});

describe('DeleteSchedule', () => {
  it('deletes, after which the schedule is not found', async () => {
    await client.send(new CreateScheduleCommand(schedule('contract-delete')));
    expect(await client.send(new DeleteScheduleCommand({ Name: 'contract-delete' }))).toMatchObject({
      $metadata: { httpStatusCode: 200 },
    });
    const error = await failure(client.send(new GetScheduleCommand({ Name: 'contract-delete' })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    const again = await failure(client.send(new DeleteScheduleCommand({ Name: 'contract-delete' })));
    expect(again).toBeInstanceOf(ResourceNotFoundException);
    expect(again.$metadata.httpStatusCode).toBe(404);
  });
});
