import { createServer } from 'node:http';
import path from 'node:path';
import type { ScheduleSpec } from '../../infra/description.js';
import { AwsError } from '../AwsError.js';
import type { LocalService, ServiceOptions } from '../LocalService.js';
import { guardRequest } from '../guardRequest.js';
import { close, listen } from '../listen.js';
import { handleSchedulerRequest } from './handleSchedulerRequest.js';
import { DEFAULT_GROUP, SchedulerProvider } from './SchedulerProvider.js';
import { ScheduleRunner } from './ScheduleRunner.js';
import { ScheduleStore } from './ScheduleStore.js';
import { stackScheduleInput } from './stackScheduleInput.js';

export interface SchedulerOptions extends ServiceOptions {
  /** `shop.schedules`: created, or updated to match, in the default group at start, named after their key. */
  readonly schedules: Readonly<Record<string, ScheduleSpec>>;
  /** Runs a Lambda function of the twin with an event; a rejection counts as a failed invocation. */
  readonly invoke: (functionName: string, input: unknown) => Promise<void>;
  /** The ARN of function `name` of the stack description, as the Lambda twin names it. */
  readonly functionArn: (name: string) => string;
  /** The clock; `new Date()` by default. Timers use the global `setTimeout`. */
  readonly now?: () => Date;
}

export interface LocalScheduler extends LocalService {
  /** Invokes the target of schedule `name` (default group) once, now; rejects with the target's error. */
  fire(name: string): Promise<void>;
  /** When schedule `name` (default group) fires next; undefined when disabled, finished or unknown. */
  nextFireTime(name: string): Date | undefined;
}

/**
 * Starts the EventBridge Scheduler twin: the schedule operations over restJson1 at `endpoint` (for
 * `AWS_ENDPOINT_URL_SCHEDULER`), schedules persisted in `<stateDir>/scheduler.json`, Lambda targets
 * invoked through `invoke` when due, with the target's retry policy. Fails with the schedule's key when a
 * schedule of the stack description is invalid, and with the port when it is taken.
 *
 * @example
 * const scheduler = await startScheduler({ port: 0, region: 'us-east-1', accountId: '000000000000',
 *   schedules: shop.schedules, invoke: (fn, event) => lambda.invoke(fn, event), functionArn });
 * await scheduler.fire('dailySalesReport');
 */
export async function startScheduler(options: SchedulerOptions): Promise<LocalScheduler> {
  const log = options.log ?? (() => {});
  const now = options.now ?? (() => new Date());
  const store = ScheduleStore.open(options.stateDir && path.join(options.stateDir, 'scheduler.json'));
  const runner = new ScheduleRunner({ store, now, invoke: options.invoke, log });
  const provider = new SchedulerProvider({
    store,
    region: options.region,
    accountId: options.accountId,
    now,
    onChange: (groupName, name) => runner.reschedule(groupName, name),
  });

  const roleArn = `arn:aws:iam::${options.accountId}:role/shopsync-local-scheduler`;
  for (const [name, spec] of Object.entries(options.schedules)) {
    const input = stackScheduleInput(name, spec, options.functionArn(spec.target), roleArn);
    try {
      if (store.get(DEFAULT_GROUP, name)) provider.updateSchedule(input);
      else provider.createSchedule(input);
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      throw new Error(`Schedule "${name}" of the stack description is invalid: ${error.message}`, {
        cause: error,
      });
    }
  }

  // restJson1: bodies are JSON; the local `fire` route takes none.
  const server = createServer(
    guardRequest({ contentTypes: ['application/json'] }, handleSchedulerRequest(provider, runner, log)),
  );
  const endpoint = await listen(server, options.port, 'scheduler');
  runner.start();
  log(`scheduler: ${endpoint}, ${store.all().length} schedule(s)`);

  let stopping: Promise<void> | undefined;
  return {
    name: 'scheduler',
    endpoint,
    fire: (name) => runner.fire(DEFAULT_GROUP, name),
    nextFireTime: (name) => runner.nextFireTime(DEFAULT_GROUP, name),
    stop: () => (stopping ??= Promise.all([runner.stop(), close(server)]).then(() => undefined)),
  };
}
