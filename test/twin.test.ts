import {
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import {
  BatchExecuteStatementCommand,
  ExecuteStatementCommand,
  RDSDataClient,
} from '@aws-sdk/client-rds-data';
import { ListSchedulesCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../infra/paths.js';
import { shop } from '../infra/shop.js';
import { startTwin } from '../local/twin.js';
import type { Twin } from '../local/twin.js';
import { LOCAL_ACCOUNT_ID, LOCAL_CREDENTIALS } from '../local/localAws.js';

const root = mkdtempSync(path.join(tmpdir(), 'shopsync-twin-'));
const stateDir = path.join(root, 'state');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const credentials = LOCAL_CREDENTIALS;
const clientOptions = (endpoint: string) => ({ endpoint, region: 'us-east-1', credentials });

/** How long `expect.poll` waits for mail or an item to show up (a loaded machine is slow). */
const POLL = { timeout: 10_000 } as const;

describe('the local twin, whole', () => {
  let twin: Twin;
  beforeAll(async () => {
    twin = await startTwin({ description: shop, rootDir: ROOT_DIR, port: 0, stateDir });
  });
  afterAll(async () => twin?.stop());

  it('answers /health with every service ready, and /config.json with the client configuration', async () => {
    const health = await fetch(`${twin.url}/health`);
    expect(health.status).toBe(200);
    const body = (await health.json()) as { services: Record<string, { state: string; endpoint: string }> };
    expect(Object.keys(body.services).sort()).toEqual(
      ['cognito', 'dynamodb', 'lambda', 'rds-data', 'scheduler', 'ses', 'sqs/sns', 'twin'].sort(),
    );
    for (const service of Object.values(body.services)) expect(service.state).toBe('ready');

    const config = (await (await fetch(`${twin.url}/config.json`)).json()) as Record<string, unknown>;
    expect(config).toMatchObject({
      region: 'us-east-1',
      graphqlUrl: `${twin.url}/graphql`,
      realtimeUrl: `${twin.url.replace('http', 'ws')}/graphql/realtime`,
      userPoolId: 'us-east-1_ShopSync1',
      authFlow: 'USER_PASSWORD_AUTH',
    });
    expect(config.apiKey).toMatch(/^da2-[a-z0-9]{26}$/);
  });

  it('runs sign-up end to end: code by email, post-confirmation Lambda, profile in DynamoDB', async () => {
    const cognito = new CognitoIdentityProviderClient(clientOptions(twin.services.cognito.endpoint));
    const email = 'ada@example.com';
    const { UserSub } = await cognito.send(
      new SignUpCommand({
        ClientId: twin.config.userPoolClientId,
        Username: email,
        Password: 'Correct-Horse-9',
        UserAttributes: [
          { Name: 'email', Value: email },
          { Name: 'name', Value: 'Ada Lovelace' },
        ],
      }),
    );
    const mailTo = () => twin.services.ses.emails().find((message) => message.destination.to.includes(email));
    await expect.poll(mailTo, POLL).toBeDefined();
    const code = /(\d{6})/.exec(mailTo()?.body.text ?? '')?.[1];
    expect(code).toMatch(/^\d{6}$/);
    await cognito.send(
      new ConfirmSignUpCommand({
        ClientId: twin.config.userPoolClientId,
        Username: email,
        ConfirmationCode: code,
      }),
    );

    const dynamodb = new DynamoDBClient(clientOptions(twin.services.dynamodb.endpoint));
    const stored = await dynamodb.send(
      new GetItemCommand({ TableName: 'users', Key: { id: { S: UserSub! } } }),
    );
    expect(unmarshall(stored.Item!)).toMatchObject({ id: UserSub, email, name: 'Ada Lovelace' });

    const auth = await cognito.send(
      new InitiateAuthCommand({
        ClientId: twin.config.userPoolClientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email, PASSWORD: 'Correct-Horse-9' },
      }),
    );
    expect(auth.AuthenticationResult?.IdToken).toBeTruthy();
    cognito.destroy();
    dynamodb.destroy();
  });

  it('serves the Data API on SQLite with the migrations table, and the Lambda Invoke API', async () => {
    const rds = new RDSDataClient(clientOptions(twin.services.rdsData.endpoint));
    const env = twin.awsEnvironment;
    expect(env.AWS_ENDPOINT_URL_RDS_DATA).toBe(twin.services.rdsData.endpoint);
    const result = await rds.send(
      new ExecuteStatementCommand({
        resourceArn: `arn:aws:rds:us-east-1:000000000000:cluster:shopsync-local`,
        secretArn: `arn:aws:secretsmanager:us-east-1:000000000000:secret:shopsync-local-db`,
        database: shop.database.name,
        sql: 'SELECT COUNT(*) AS n FROM schema_migrations',
      }),
    );
    expect(result.records?.[0]?.[0]).toHaveProperty('longValue');
    rds.destroy();

    const lambda = new LambdaClient(clientOptions(twin.services.lambda.endpoint));
    const response = await lambda.send(
      new InvokeCommand({
        FunctionName: 'postConfirmation',
        Payload: Buffer.from(
          JSON.stringify({ triggerSource: 'PostConfirmation_ConfirmForgotPassword', request: {} }),
        ),
      }),
    );
    expect(response.FunctionError).toBeUndefined();
    expect(JSON.parse(Buffer.from(response.Payload!).toString())).toMatchObject({
      triggerSource: 'PostConfirmation_ConfirmForgotPassword',
    });
    lambda.destroy();
  });

  it('answers /_twin/metrics with the Lambda invocations and Data API calls it counted', async () => {
    type Metrics = {
      lambda: Record<string, { invocations: number }>;
      rdsData: Record<string, number>;
    };
    const metrics = async (): Promise<Metrics> => {
      const response = await fetch(`${twin.url}/_twin/metrics`);
      expect(response.status).toBe(200);
      return (await response.json()) as Metrics;
    };
    const before = await metrics();
    expect(Object.keys(before.lambda).sort()).toEqual(Object.keys(shop.functions).sort());

    const rds = new RDSDataClient(clientOptions(twin.services.rdsData.endpoint));
    const target = {
      resourceArn: `arn:aws:rds:us-east-1:${LOCAL_ACCOUNT_ID}:cluster:shopsync-local`,
      secretArn: `arn:aws:secretsmanager:us-east-1:${LOCAL_ACCOUNT_ID}:secret:shopsync-local-db`,
      database: shop.database.name,
    };
    await rds.send(new ExecuteStatementCommand({ ...target, sql: 'SELECT COUNT(*) FROM products' }));
    await rds.send(
      new BatchExecuteStatementCommand({
        ...target,
        sql: 'SELECT :n AS n',
        parameterSets: [1, 2, 3].map((n) => [{ name: 'n', value: { longValue: n } }]),
      }),
    );
    await expect(
      rds.send(new ExecuteStatementCommand({ ...target, sql: 'SELECT * FROM no_such_table' })),
    ).rejects.toThrow(/1146/);
    rds.destroy();
    const lambda = new LambdaClient(clientOptions(twin.services.lambda.endpoint));
    await lambda.send(
      new InvokeCommand({
        FunctionName: 'postConfirmation',
        Payload: JSON.stringify({ triggerSource: 'PostConfirmation_ConfirmForgotPassword', request: {} }),
      }),
    );
    lambda.destroy();

    const after = await metrics();
    const invoked = (name: string): number =>
      after.lambda[name]!.invocations - before.lambda[name]!.invocations;
    expect(invoked('postConfirmation')).toBe(1);
    expect(invoked('catalog')).toBe(0);
    expect(
      Object.fromEntries(Object.entries(after.rdsData).map(([key, n]) => [key, n - before.rdsData[key]!])),
    ).toEqual({
      executeStatement: 2,
      batchExecuteStatement: 1,
      beginTransaction: 0,
      commitTransaction: 0,
      rollbackTransaction: 0,
      statements: 5,
      failed: 1,
    });
  });

  it('delivers the sales report topic to the admin mailbox, and serves the Scheduler API', async () => {
    const sns = new SNSClient(clientOptions(twin.services.sqsSns.endpoint));
    await sns.send(
      new PublishCommand({
        TopicArn: twin.services.sqsSns.topicArn('salesReports'),
        Subject: 'Daily sales 2026-11-25',
        Message: '3 orders',
      }),
    );
    const report = () => twin.services.ses.emails().find((m) => m.subject === 'Daily sales 2026-11-25');
    await expect.poll(report, POLL).toBeDefined();
    expect(report()?.destination.to).toEqual(['admin@shopsync.local']);
    sns.destroy();

    const scheduler = new SchedulerClient(clientOptions(twin.services.scheduler.endpoint));
    const { Schedules = [] } = await scheduler.send(new ListSchedulesCommand({}));
    expect(Schedules.map((schedule) => schedule.Name).sort()).toEqual(Object.keys(shop.schedules).sort());
    scheduler.destroy();
  });

  it('refuses a second twin on a taken port, naming it, and leaves nothing running', async () => {
    const port = Number(new URL(twin.url).port);
    await expect(
      startTwin({ description: shop, rootDir: ROOT_DIR, port, stateDir: path.join(root, 'second') }),
    ).rejects.toThrow(`Port ${port} for twin is already in use`);
  });
});

describe('the local twin, across restarts and side by side', () => {
  it('keeps users and data in its state folder across a restart', async () => {
    const dir = path.join(root, 'restart');
    const first = await startTwin({ description: shop, rootDir: ROOT_DIR, port: 0, stateDir: dir });
    const { apiKey, userPoolClientId } = first.config;
    const before = new DynamoDBClient(clientOptions(first.services.dynamodb.endpoint));
    await before.send(
      new PutItemCommand({ TableName: 'carts', Item: { userId: { S: 'u-1' }, items: { L: [] } } }),
    );
    before.destroy();
    await first.stop();

    const second = await startTwin({ description: shop, rootDir: ROOT_DIR, port: 0, stateDir: dir });
    expect(second.config.apiKey).toBe(apiKey);
    expect(second.config.userPoolClientId).toBe(userPoolClientId);
    const after = new DynamoDBClient(clientOptions(second.services.dynamodb.endpoint));
    const cart = await after.send(new GetItemCommand({ TableName: 'carts', Key: { userId: { S: 'u-1' } } }));
    expect(cart.Item).toEqual({ userId: { S: 'u-1' }, items: { L: [] } });
    after.destroy();
    await second.stop();
  });

  it('runs two twins with different state folders and ports at once', async () => {
    const [a, b] = await Promise.all(
      ['a', 'b'].map((name) =>
        startTwin({
          description: shop,
          rootDir: ROOT_DIR,
          port: 0,
          stateDir: path.join(root, `side-${name}`),
        }),
      ),
    );
    expect(a!.url).not.toBe(b!.url);
    expect((await fetch(`${a!.url}/health`)).status).toBe(200);
    expect((await fetch(`${b!.url}/health`)).status).toBe(200);
    await Promise.all([a!.stop(), b!.stop()]);
  });

  it('fails fast with a clear message when DATABASE_URL cannot be reached', async () => {
    const port = await freePort();
    const started = Date.now();
    await expect(
      startTwin({
        description: shop,
        rootDir: ROOT_DIR,
        port: 0,
        stateDir: path.join(root, 'no-db'),
        databaseUrl: `mysql://root:secret@127.0.0.1:${port}/shopsync`,
      }),
    ).rejects.toThrow(/127\.0\.0\.1:\d+/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses a state folder that is not its own', async () => {
    await expect(
      startTwin({ description: shop, rootDir: ROOT_DIR, port: 0, stateDir: ROOT_DIR }),
    ).rejects.toThrow(/is not empty and is not a ShopSync state folder/);
  });
});

describe('the local twin, with a schedule', () => {
  it('fires a schedule of the description into its Lambda function, which writes to DynamoDB', async () => {
    // A description with one schedule that targets the post-confirmation function, whose event it sends.
    const event = {
      version: '1',
      region: 'us-east-1',
      userPoolId: 'us-east-1_ShopSync1',
      userName: 'u-sched',
      triggerSource: 'PostConfirmation_ConfirmSignUp',
      callerContext: { awsSdkVersion: '3', clientId: 'c' },
      request: { userAttributes: { sub: 'u-sched', email: 'sched@example.com' } },
      response: {},
    };
    const description = {
      ...shop,
      schedules: {
        nightly: {
          description: 'test',
          expression: 'cron(0 3 * * ? *)',
          timeZone: 'Europe/Berlin',
          target: 'postConfirmation',
          input: event,
        },
      },
    };
    const twin = await startTwin({
      description,
      rootDir: ROOT_DIR,
      port: 0,
      stateDir: path.join(root, 'sched'),
    });
    try {
      const fired = await fetch(`${twin.services.scheduler.endpoint}/_local/schedules/nightly/fire`, {
        method: 'POST',
      });
      expect(fired.status).toBe(200);
      const dynamodb = new DynamoDBClient(clientOptions(twin.services.dynamodb.endpoint));
      const stored = async () => {
        const { Item } = await dynamodb.send(
          new GetItemCommand({ TableName: 'users', Key: { id: { S: 'u-sched' } } }),
        );
        return Item && unmarshall(Item);
      };
      await expect.poll(stored, POLL).toMatchObject({ id: 'u-sched', email: 'sched@example.com' });
      dynamodb.destroy();
    } finally {
      await twin.stop();
    }
  });
});

describe('the local twin, as npm start runs it', () => {
  it('seeds the demo catalog once, serves its pictures and the app, and creates the demo accounts', async () => {
    const appDir = path.join(root, 'app');
    mkdirSync(path.join(appDir, 'assets'), { recursive: true });
    writeFileSync(path.join(appDir, 'index.html'), '<!doctype html><title>shop</title>');
    writeFileSync(path.join(appDir, 'assets', 'index-abcdef12.js'), 'console.log(1)');
    const demoUsers = {
      admin: { email: 'boss@example.com', password: 'Boss-Password-1', name: 'Boss', groups: ['admins'] },
    };
    const options = {
      description: shop,
      rootDir: ROOT_DIR,
      port: 0,
      stateDir: path.join(root, 'seeded'),
      seed: true,
      demoUsers,
      appDir,
    };
    const first = await startTwin(options);
    const count = async (twin: Twin): Promise<number> => {
      const response = await fetch(twin.config.graphqlUrl, {
        method: 'POST',
        headers: { 'x-api-key': twin.config.apiKey, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ categories { productCount } }' }),
      });
      const { data } = (await response.json()) as { data: { categories: { productCount: number }[] } };
      return data.categories.reduce((sum, category) => sum + category.productCount, 0);
    };
    let seeded = 0;
    try {
      seeded = await count(first);
      expect(seeded).toBeGreaterThanOrEqual(200);
      const picture = await fetch(`${first.url}/images/CFT-001.svg`);
      expect(picture.headers.get('content-type')).toBe('image/svg+xml');
      expect(await picture.text()).toMatch(/^<svg/);
      expect(await (await fetch(`${first.url}/`)).text()).toContain('<title>shop</title>');
      expect(await (await fetch(`${first.url}/products/some-id`)).text()).toContain('<title>shop</title>');
      const asset = await fetch(`${first.url}/assets/index-abcdef12.js`);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect((await fetch(`${first.url}/_twin`)).headers.get('content-type')).toMatch(/text\/html/);

      const cognito = new CognitoIdentityProviderClient(clientOptions(first.services.cognito.endpoint));
      const auth = await cognito.send(
        new InitiateAuthCommand({
          ClientId: first.config.userPoolClientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: 'boss@example.com', PASSWORD: 'Boss-Password-1' },
        }),
      );
      cognito.destroy();
      const me = await fetch(first.config.graphqlUrl, {
        method: 'POST',
        headers: { authorization: auth.AuthenticationResult!.IdToken!, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { name isAdmin } }' }),
      });
      expect(await me.json()).toEqual({ data: { me: { name: 'Boss', isAdmin: true } } });
    } finally {
      await first.stop();
    }
    const again = await startTwin(options);
    try {
      // Seeded once: a restart on the same state folder adds nothing.
      expect(await count(again)).toBe(seeded);
    } finally {
      await again.stop();
    }
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
