import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FunctionSpec } from '../../infra/description.js';
import { functionEnvironment } from '../../infra/environment.js';
import { ROOT_DIR } from '../../infra/paths.js';
import { shop } from '../../infra/shop.js';
import { startLambda } from './index.js';
import type { LambdaService } from './index.js';

function specOf(name: string): FunctionSpec {
  const spec = shop.functions[name];
  if (!spec) throw new Error(`No function ${name} in the stack description`);
  return spec;
}

// The shop's own functions, bundled as CDK bundles them (AWS SDK inside), loaded and run in workers.
// Only calls that touch no other service are made here; the twin's integration tests do the rest.
describe('the shop’s functions in the Lambda twin', () => {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'lambda-shop-test-'));
  let lambda: LambdaService;

  beforeAll(async () => {
    lambda = await startLambda({
      port: 0,
      stateDir,
      region: 'us-east-1',
      accountId: '123456789012',
      rootDir: ROOT_DIR,
      // No queue runs here: the order worker's SQS trigger is left out (the twin's tests run it).
      functions: Object.fromEntries(
        Object.entries(shop.functions).map(([name, spec]) => [
          name,
          { ...spec, triggers: (spec.triggers ?? []).filter((trigger) => trigger.kind !== 'sqs') },
        ]),
      ),
      environment: (name) =>
        functionEnvironment(specOf(name), {
          tableName: (table) => table,
          queueUrl: (queue) => `http://127.0.0.1:1/000000000000/${queue}`,
          topicArn: (topic) => `arn:aws:sns:us-east-1:123456789012:${topic}`,
          database: () => ({
            clusterArn: 'arn:aws:rds:us-east-1:123456789012:cluster:shopsync',
            secretArn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:shopsync',
            name: 'shopsync',
          }),
          mailFrom: () => 'shop@example.com',
          adminEmail: () => 'admin@example.com',
          graphqlUrl: () => 'http://127.0.0.1:1/graphql',
        }),
    });
  });

  afterAll(async () => {
    await lambda?.stop();
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('copies the deploy assets of the migrate function beside its bundle', () => {
    const migrations = path.join(stateDir, 'lambda', 'migrate', 'migrations');
    expect(existsSync(migrations)).toBe(true);
    expect(readdirSync(migrations)).toEqual(readdirSync(path.join(ROOT_DIR, shop.database.migrationsDir)));
  });

  it('runs migrate’s Delete, which touches no database', async () => {
    const result = await lambda.invoke('migrate', { RequestType: 'Delete' });
    expect(result.functionError).toBeUndefined();
    expect(result.payload).toEqual({ PhysicalResourceId: 'shopsync-migrations', Data: { Applied: '' } });
  });

  it('runs postConfirmation on an event that creates no profile, returning the event', async () => {
    const event = {
      triggerSource: 'PostConfirmation_ConfirmForgotPassword',
      userName: 'shopper',
      request: { userAttributes: { sub: 'u-1', email: 'shopper@example.com' } },
      response: {},
    };
    const result = await lambda.invoke('postConfirmation', event);
    expect(result.functionError).toBeUndefined();
    expect(result.payload).toEqual(event);
  });
});
