import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CreateScheduleCommand,
  GetScheduleCommand,
  ResourceNotFoundException,
  SchedulerClient,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import type { CreateScheduleCommandInput } from '@aws-sdk/client-scheduler';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScheduleSpec } from '../../infra/description.js';
import { retryDelay } from './deliverWithRetries.js';
import { startScheduler } from './index.js';
import type { LocalScheduler } from './index.js';
import { LOCAL_CREDENTIALS } from '../localAws.js';

/*
 * Time is driven by vitest's fake timers: `setTimeout`, `clearTimeout` and `Date` are faked (the twin's
 * clock defaults to `new Date()` and its one timer is a global `setTimeout`), while sockets and
 * `setImmediate` stay real so that the SDK and the HTTP server work. `advanceTimersByTimeAsync` moves the
 * clock and runs every timer that falls due, awaiting the promises in between.
 */

const ACCOUNT = '000000000000';
const functionArn = (name: string): string => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/scheduler`;
const T0 = new Date('2026-01-05T10:00:30Z');

interface Call {
  readonly functionName: string;
  readonly input: unknown;
  readonly at: string;
}

let calls: Call[];
let lines: string[];
/** What the target does on each call; succeeds by default. */
let behaviour: (call: Call) => Promise<void>;
let running: LocalScheduler[];
let clients: SchedulerClient[];
let stateDir: string;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: T0 });
  calls = [];
  lines = [];
  behaviour = async () => {};
  running = [];
  clients = [];
  stateDir = mkdtempSync(path.join(tmpdir(), 'scheduler-'));
});

afterEach(async () => {
  for (const client of clients) client.destroy();
  for (const scheduler of running) await scheduler.stop();
  vi.useRealTimers();
  rmSync(stateDir, { recursive: true, force: true });
});

async function start(
  schedules: Readonly<Record<string, ScheduleSpec>> = {},
): Promise<{ scheduler: LocalScheduler; client: SchedulerClient }> {
  const scheduler = await startScheduler({
    port: 0,
    region: 'us-east-1',
    accountId: ACCOUNT,
    stateDir,
    schedules,
    functionArn,
    log: (line) => lines.push(line),
    invoke: (functionName, input) => {
      const call = { functionName, input, at: new Date().toISOString() };
      calls.push(call);
      return behaviour(call);
    },
  });
  const client = new SchedulerClient({
    endpoint: scheduler.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
    maxAttempts: 1,
  });
  running.push(scheduler);
  clients.push(client);
  return { scheduler, client };
}

function schedule(name: string, extra: Partial<CreateScheduleCommandInput> = {}): CreateScheduleCommandInput {
  return {
    Name: name,
    ScheduleExpression: 'rate(1 minute)',
    FlexibleTimeWindow: { Mode: 'OFF' },
    Target: { Arn: functionArn('reports'), RoleArn: ROLE, Input: '{"report":"daily"}' },
    ...extra,
  };
}

describe('firing on time', () => {
  it('fires a rate(1 minute) schedule at creation, then each minute as the clock advances', async () => {
    const { scheduler, client } = await start();
    await client.send(new CreateScheduleCommand(schedule('every-minute')));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([{ functionName: 'reports', input: { report: 'daily' }, at: T0.toISOString() }]);
    expect(scheduler.nextFireTime('every-minute')).toEqual(new Date(T0.getTime() + 60_000));

    await vi.advanceTimersByTimeAsync(59_999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls.map((call) => call.at)).toEqual([
      '2026-01-05T10:00:30.000Z',
      '2026-01-05T10:01:30.000Z',
      '2026-01-05T10:02:30.000Z',
      '2026-01-05T10:03:30.000Z',
    ]);
  });

  it('fires a cron schedule in its time zone, and not while DISABLED', async () => {
    const { scheduler, client } = await start();
    await client.send(
      new CreateScheduleCommand(
        schedule('berlin', {
          ScheduleExpression: 'cron(0 12 * * ? *)',
          ScheduleExpressionTimezone: 'Europe/Berlin',
        }),
      ),
    );
    expect(scheduler.nextFireTime('berlin')).toEqual(new Date('2026-01-05T11:00:00Z'));
    await client.send(
      new UpdateScheduleCommand({
        ...schedule('berlin'),
        ScheduleExpression: 'cron(0 12 * * ? *)',
        State: 'DISABLED',
      }),
    );
    expect(scheduler.nextFireTime('berlin')).toBeUndefined();
    await vi.advanceTimersByTimeAsync(2 * 3_600_000);
    expect(calls).toEqual([]);
  });

  it('runs a one-time at() schedule once and deletes it when ActionAfterCompletion is DELETE', async () => {
    const { scheduler, client } = await start();
    await client.send(
      new CreateScheduleCommand(
        schedule('once', {
          ScheduleExpression: 'at(2026-01-05T11:05:00)',
          ScheduleExpressionTimezone: 'Europe/Berlin',
          ActionAfterCompletion: 'DELETE',
        }),
      ),
    );
    expect(scheduler.nextFireTime('once')).toEqual(new Date('2026-01-05T10:05:00Z'));
    await vi.advanceTimersByTimeAsync(4 * 60_000);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toEqual([
      { functionName: 'reports', input: { report: 'daily' }, at: '2026-01-05T10:05:00.000Z' },
    ]);
    await expect(client.send(new GetScheduleCommand({ Name: 'once' }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
    expect(lines).toContain('scheduler: once completed and deleted (ActionAfterCompletion DELETE)');
  });

  it('keeps a finished one-time schedule whose ActionAfterCompletion is NONE', async () => {
    const { scheduler, client } = await start();
    await client.send(
      new CreateScheduleCommand(schedule('kept', { ScheduleExpression: 'at(2026-01-05T10:01:00)' })),
    );
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
    expect(scheduler.nextFireTime('kept')).toBeUndefined();
    expect(await client.send(new GetScheduleCommand({ Name: 'kept' }))).toMatchObject({ Name: 'kept' });
  });
});

describe('retries', () => {
  it('retries a failing target up to MaximumRetryAttempts, with a short backoff', async () => {
    const { client } = await start();
    let failures = 2;
    behaviour = () => (failures-- > 0 ? Promise.reject(new Error('throttled')) : Promise.resolve());
    await client.send(
      new CreateScheduleCommand(
        schedule('flaky', {
          ScheduleExpression: 'at(2026-01-05T10:01:00)',
          Target: { Arn: functionArn('reports'), RoleArn: ROLE, RetryPolicy: { MaximumRetryAttempts: 2 } },
        }),
      ),
    );
    await vi.advanceTimersByTimeAsync(30_000);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(retryDelay(0) + retryDelay(1));
    expect(calls.map((call) => call.at)).toEqual([
      '2026-01-05T10:01:00.000Z',
      '2026-01-05T10:01:00.250Z',
      '2026-01-05T10:01:00.750Z',
    ]);
    expect(calls[0]?.input).toEqual({});
  });

  it('gives up after MaximumRetryAttempts retries', async () => {
    const { client } = await start();
    behaviour = () => Promise.reject(new Error('down'));
    await client.send(
      new CreateScheduleCommand(
        schedule('broken', {
          ScheduleExpression: 'at(2026-01-05T10:01:00)',
          Target: { Arn: functionArn('reports'), RoleArn: ROLE, RetryPolicy: { MaximumRetryAttempts: 1 } },
        }),
      ),
    );
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(calls).toHaveLength(2);
    expect(lines).toContain('scheduler: broken → reports failed (attempt 2, giving up): down');
  });

  it('stops retrying once the event is older than MaximumEventAgeInSeconds', async () => {
    const { client } = await start();
    behaviour = () => Promise.reject(new Error('down'));
    await client.send(
      new CreateScheduleCommand(
        schedule('aging', {
          ScheduleExpression: 'at(2026-01-05T10:01:00)',
          Target: {
            Arn: functionArn('reports'),
            RoleArn: ROLE,
            RetryPolicy: { MaximumEventAgeInSeconds: 60, MaximumRetryAttempts: 185 },
          },
        }),
      ),
    );
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    const ages = calls.map((call) => Date.parse(call.at) - Date.parse('2026-01-05T10:01:00Z'));
    expect(ages.length).toBeGreaterThan(3);
    expect(Math.max(...ages)).toBeLessThanOrEqual(60_000);
    expect(ages.at(-1)! + retryDelay(ages.length - 1)).toBeGreaterThan(60_000);
  });
});

describe('fire now', () => {
  it('invokes the target at once, in process and over HTTP, even when disabled', async () => {
    const { scheduler, client } = await start();
    await client.send(
      new CreateScheduleCommand(
        schedule('manual', { ScheduleExpression: 'cron(0 0 1 1 ? *)', State: 'DISABLED' }),
      ),
    );
    await scheduler.fire('manual');
    const response = await fetch(`${scheduler.endpoint}/_local/schedules/manual/fire`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(calls).toEqual([
      { functionName: 'reports', input: { report: 'daily' }, at: T0.toISOString() },
      { functionName: 'reports', input: { report: 'daily' }, at: T0.toISOString() },
    ]);
  });

  it('reports an unknown schedule (404) and a failing target (502) over HTTP', async () => {
    const { scheduler, client } = await start();
    const missing = await fetch(`${scheduler.endpoint}/_local/schedules/nothing/fire`, { method: 'POST' });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
    expect(await missing.json()).toEqual({ Message: 'Schedule nothing does not exist.' });
    await expect(scheduler.fire('nothing')).rejects.toThrow('Schedule nothing does not exist.');

    await client.send(new CreateScheduleCommand(schedule('failing', { State: 'DISABLED' })));
    behaviour = () => Promise.reject(new Error('boom'));
    const failed = await fetch(`${scheduler.endpoint}/_local/schedules/failing/fire`, { method: 'POST' });
    expect(failed.status).toBe(502);
    expect(failed.headers.get('x-amzn-errortype')).toBe('TargetInvocationFailed');
    expect(await failed.json()).toEqual({ Message: 'The target of schedule failing failed: boom' });
    await expect(scheduler.fire('failing')).rejects.toThrow('boom');
  });
});

describe('state and the stack description', () => {
  const daily: ScheduleSpec = {
    description: 'Daily sales report',
    expression: 'cron(5 0 * * ? *)',
    timeZone: 'Europe/Berlin',
    target: 'reports',
    input: { period: 'yesterday' },
  };

  it('boots the schedules of the stack description in the default group, named after their key', async () => {
    const { scheduler, client } = await start({ dailySalesReport: daily });
    expect(await client.send(new GetScheduleCommand({ Name: 'dailySalesReport' }))).toMatchObject({
      GroupName: 'default',
      Description: 'Daily sales report',
      ScheduleExpression: 'cron(5 0 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Berlin',
      State: 'ENABLED',
      Target: {
        Arn: functionArn('reports'),
        Input: '{"period":"yesterday"}',
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
      },
    });
    expect(scheduler.nextFireTime('dailySalesReport')).toEqual(new Date('2026-01-05T23:05:00Z'));
    await vi.advanceTimersByTimeAsync(14 * 3_600_000);
    expect(calls).toEqual([
      { functionName: 'reports', input: { period: 'yesterday' }, at: '2026-01-05T23:05:00.000Z' },
    ]);
  });

  it('refuses to start with an invalid schedule in the stack description, naming it', async () => {
    await expect(start({ broken: { ...daily, expression: 'cron(0 0 * * * *)' } })).rejects.toThrow(
      'Schedule "broken" of the stack description is invalid: Invalid Schedule Expression cron(0 0 * * * *).',
    );
  });

  it('keeps schedules across a restart in <stateDir>/scheduler.json, updating those of the description', async () => {
    const first = await start({ dailySalesReport: daily });
    await first.client.send(
      new CreateScheduleCommand(schedule('hourly', { ScheduleExpression: 'rate(1 hour)' })),
    );
    await vi.advanceTimersByTimeAsync(0);
    const created = await first.client.send(new GetScheduleCommand({ Name: 'hourly' }));
    const report = await first.client.send(new GetScheduleCommand({ Name: 'dailySalesReport' }));
    expect(calls).toHaveLength(1);
    await first.scheduler.stop();
    const file = JSON.parse(readFileSync(path.join(stateDir, 'scheduler.json'), 'utf8')) as {
      schedules: { Name: string }[];
    };
    expect(file.schedules.map((stored) => stored.Name)).toEqual(['dailySalesReport', 'hourly']);

    // Three and a half hours later the twin starts again: the runs it missed are not caught up on.
    vi.setSystemTime(T0.getTime() + 3.5 * 3_600_000);
    const second = await start({ dailySalesReport: { ...daily, expression: 'cron(10 0 * * ? *)' } });
    expect(await second.client.send(new GetScheduleCommand({ Name: 'hourly' }))).toEqual({
      ...created,
      $metadata: expect.anything() as unknown,
    });
    const updated = await second.client.send(new GetScheduleCommand({ Name: 'dailySalesReport' }));
    expect(updated).toMatchObject({
      ScheduleExpression: 'cron(10 0 * * ? *)',
      CreationDate: report.CreationDate,
      Arn: report.Arn,
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    // The rate keeps its phase from creation: 10:00:30 + 4 h.
    expect(second.scheduler.nextFireTime('hourly')).toEqual(new Date('2026-01-05T14:00:30Z'));
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(calls.map((call) => call.at)).toEqual(['2026-01-05T10:00:30.000Z', '2026-01-05T14:00:30.000Z']);
  });
});
