// Only the branches that make no Data API call are tested here. What Create and Update run,
// `applyMigrations`, runs against the Data API twin with the real AWS SDK client (no mock of the SDK) in
// local/rdsData/rdsData.test.ts, on SQLite and MariaDB, and at every start of the twin.
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handler } from './handler.js';

const common = {
  ServiceToken: 'arn:aws:lambda:eu-west-1:123456789012:function:provider',
  ResponseURL: 'https://example.invalid/response',
  StackId: 'arn:aws:cloudformation:eu-west-1:123456789012:stack/shop/1',
  RequestId: 'request-1',
  LogicalResourceId: 'Migrations',
  ResourceType: 'Custom::Migrations',
  ResourceProperties: { ServiceToken: 'arn:aws:lambda:eu-west-1:123456789012:function:provider' },
} as const;

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('migrate handler', () => {
  it('keeps the data on Delete and answers with the same physical id', async () => {
    const event: CloudFormationCustomResourceEvent = {
      ...common,
      RequestType: 'Delete',
      PhysicalResourceId: 'shopsync-migrations',
    };
    await expect(handler(event)).resolves.toEqual({
      PhysicalResourceId: 'shopsync-migrations',
      Data: { Applied: '' },
    });
  });

  it('fails fast on Create when the database settings are missing', async () => {
    vi.stubEnv('DB_CLUSTER_ARN', '');
    vi.stubEnv('DB_SECRET_ARN', '');
    await expect(handler({ ...common, RequestType: 'Create' })).rejects.toThrow(
      'The migrate function needs DB_CLUSTER_ARN and DB_SECRET_ARN set',
    );
  });

  it('fails on Create when the migrations folder was not bundled', async () => {
    vi.stubEnv('DB_CLUSTER_ARN', 'arn:aws:rds:eu-west-1:123456789012:cluster:shop');
    vi.stubEnv('DB_SECRET_ARN', 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop');
    vi.stubEnv('MIGRATIONS_DIR', '/nonexistent/migrations');
    await expect(handler({ ...common, RequestType: 'Create' })).rejects.toThrow(
      'Cannot read the migrations folder /nonexistent/migrations',
    );
  });
});
