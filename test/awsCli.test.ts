import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../infra/paths.js';
import { shop } from '../infra/shop.js';
import { LOCAL_ACCOUNT_ID, LOCAL_CREDENTIALS } from '../local/localAws.js';
import { startTwin } from '../local/twin.js';
import type { ServiceName, Twin } from '../local/twin.js';

// The AWS CLI v2 (Debian's `awscli` package: botocore, a second implementation of the AWS protocols,
// independent of the AWS SDK for JavaScript the rest of the suite uses) against each twin service with
// `--endpoint-url`, running the operations ShopSync uses. Each call must succeed, or fail with the error
// code, message and exit status (254: "the service returned an error", AWS CLI User Guide, "Return
// codes") that the AWS API reference of the service names; each test names its reference. Skipped
// when no AWS CLI v2 is installed, unless CI is set: CI installs it (.ci/run) and must run this.

/** The AWS CLI v2 to run: Debian's (`/usr/bin/aws`) first, then an `aws` on the PATH that is 2.x. */
function findAwsCli(): string | undefined {
  for (const candidate of ['/usr/bin/aws', 'aws']) {
    try {
      const version = execFileSync(candidate, ['--version'], { encoding: 'utf8', timeout: 30_000 });
      if (version.startsWith('aws-cli/2.')) return candidate;
    } catch {
      // Not installed there.
    }
  }
  return undefined;
}

const AWS_CLI = findAwsCli();
if (AWS_CLI === undefined && process.env.CI) {
  throw new Error(
    'CI must run the AWS CLI checks: install Debian’s awscli (apt-get install awscli), as .ci/run does',
  );
}

const root = mkdtempSync(path.join(tmpdir(), 'shopsync-aws-cli-'));
let twin: Twin;

/** What one `aws` command gave: its exit code and output. */
interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `aws <command> <args>` against one twin service; other keys than the twin's when given. */
type CliCommand = (
  args: readonly string[],
  credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string },
) => Promise<CliRun>;

/**
 * The AWS CLI's `command` (`dynamodb`, `sesv2`, ...) pointed at `service`'s endpoint, with the twin's
 * credentials, JSON output, no pager, no retries (an error must show as it is), and no profile or
 * config of the machine's.
 */
function cli(service: ServiceName, command: string): CliCommand {
  return (args, credentials = LOCAL_CREDENTIALS) => run(service, [command, ...args], credentials);
}

const dynamodb = cli('dynamodb', 'dynamodb');
const rdsData = cli('rds-data', 'rds-data');
const lambda = cli('lambda', 'lambda');
const sqs = cli('sqs/sns', 'sqs');
const sns = cli('sqs/sns', 'sns');
const sesv2 = cli('ses', 'sesv2');
const cognitoIdp = cli('cognito', 'cognito-idp');
const scheduler = cli('scheduler', 'scheduler');

function run(
  service: ServiceName,
  args: readonly string[],
  credentials: { readonly accessKeyId: string; readonly secretAccessKey: string },
): Promise<CliRun> {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: root,
    LANG: 'C.UTF-8',
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: path.join(root, 'no-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(root, 'no-credentials'),
    AWS_MAX_ATTEMPTS: '1',
    AWS_PAGER: '',
  };
  const endpoint = twin.config.services[service];
  return new Promise((resolve) => {
    execFile(
      AWS_CLI ?? 'aws',
      [...args, '--endpoint-url', endpoint, '--output', 'json'],
      { env, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The JSON a successful command printed (`{}` when it printed nothing); fails the test on an error. */
function output(run: CliRun): Record<string, unknown> {
  expect(run.stderr, run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout.trim() === '' ? {} : (JSON.parse(run.stdout) as Record<string, unknown>);
}

/** Asserts the service refused `operation` with `code` and `message` (a string, or a pattern). */
function refused(run: CliRun, operation: string, code: string, message: string | RegExp): void {
  expect(run.code, run.stdout).toBe(254);
  // With retries configured the CLI says how many it made: none here (AWS_MAX_ATTEMPTS=1).
  const said = run.stderr.trim().replace(' operation (reached max retries: 0): ', ' operation: ');
  const prefix = `An error occurred (${code}) when calling the ${operation} operation: `;
  expect(said.slice(0, prefix.length)).toBe(prefix);
  if (typeof message === 'string') expect(said.slice(prefix.length)).toBe(message);
  else expect(said.slice(prefix.length)).toMatch(message);
}

beforeAll(async () => {
  if (AWS_CLI === undefined) return;
  twin = await startTwin({
    description: shop,
    rootDir: ROOT_DIR,
    port: 0,
    stateDir: path.join(root, 'state'),
  });
});

afterAll(async () => {
  await twin?.stop();
  rmSync(root, { recursive: true, force: true });
});

// Each `aws` command starts a Python interpreter (about a second of CPU): the tests run one after the
// other, each with room for its dozen commands on a loaded machine.
describe.skipIf(AWS_CLI === undefined)(
  'the AWS CLI v2 against each twin service',
  { timeout: 300_000 },
  () => {
    it('DynamoDB: put, get, query, transact-write; ConditionalCheckFailed, TransactionCanceled, ResourceNotFound (DynamoDB API Reference)', async () => {
      const item = {
        code: { S: 'CLI10' },
        orderId: { S: 'o-1' },
        userId: { S: 'u-1' },
        redeemedAt: { S: '2026-12-01' },
      };
      output(
        await dynamodb(['put-item', '--table-name', 'promoRedemptions', '--item', JSON.stringify(item)]),
      );
      expect(
        output(
          await dynamodb([
            'get-item',
            '--table-name',
            'promoRedemptions',
            '--key',
            JSON.stringify({ code: item.code, orderId: item.orderId }),
          ]),
        ),
      ).toEqual({ Item: item });
      // PutItem, Errors: ConditionalCheckFailedException, "The conditional request failed".
      refused(
        await dynamodb([
          'put-item',
          '--table-name',
          'promoRedemptions',
          '--item',
          JSON.stringify(item),
          '--condition-expression',
          'attribute_not_exists(code)',
        ]),
        'PutItem',
        'ConditionalCheckFailedException',
        'The conditional request failed',
      );

      // A redemption and its counter in one transaction, as the order worker redeems a code.
      const redeem = (orderId: string, limit: number): string =>
        JSON.stringify([
          { Put: { TableName: 'promoRedemptions', Item: { ...item, orderId: { S: orderId } } } },
          {
            Update: {
              TableName: 'promoCodes',
              Key: { code: item.code },
              UpdateExpression: 'ADD redemptions :one',
              ConditionExpression: 'attribute_not_exists(redemptions) OR redemptions < :limit',
              ExpressionAttributeValues: { ':one': { N: '1' }, ':limit': { N: String(limit) } },
            },
          },
        ]);
      output(await dynamodb(['transact-write-items', '--transact-items', redeem('o-2', 1)]));
      // TransactWriteItems, Errors: TransactionCanceledException with a reason per item, in order.
      refused(
        await dynamodb(['transact-write-items', '--transact-items', redeem('o-3', 1)]),
        'TransactWriteItems',
        'TransactionCanceledException',
        'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]',
      );
      const byCode = output(
        await dynamodb([
          'query',
          '--table-name',
          'promoRedemptions',
          '--key-condition-expression',
          'code = :code',
          '--expression-attribute-values',
          JSON.stringify({ ':code': item.code }),
          '--projection-expression',
          'orderId',
        ]),
      );
      expect(byCode).toMatchObject({
        Count: 2,
        Items: [{ orderId: { S: 'o-1' } }, { orderId: { S: 'o-2' } }],
      });
      const byUser = output(
        await dynamodb([
          'query',
          '--table-name',
          'promoRedemptions',
          '--index-name',
          'byUser',
          '--key-condition-expression',
          'userId = :user',
          '--expression-attribute-values',
          JSON.stringify({ ':user': item.userId }),
          '--select',
          'COUNT',
        ]),
      );
      expect(byUser).toMatchObject({ Count: 2 });

      // GetItem, Errors: ResourceNotFoundException; Query: ValidationException for a key condition
      // without the partition key.
      refused(
        await dynamodb(['get-item', '--table-name', 'nope', '--key', JSON.stringify({ id: { S: 'x' } })]),
        'GetItem',
        'ResourceNotFoundException',
        'Requested resource not found',
      );
      refused(
        await dynamodb([
          'query',
          '--table-name',
          'promoRedemptions',
          '--key-condition-expression',
          'orderId = :order',
          '--expression-attribute-values',
          JSON.stringify({ ':order': item.orderId }),
        ]),
        'Query',
        'ValidationException',
        'Query condition missed key schema element: code',
      );
    });

    it('RDS Data API: execute-statement, begin/commit/rollback-transaction; DatabaseError, TransactionNotFound (RDS Data API Reference)', async () => {
      const target = [
        '--resource-arn',
        `arn:aws:rds:us-east-1:${LOCAL_ACCOUNT_ID}:cluster:shopsync-local`,
        '--secret-arn',
        `arn:aws:secretsmanager:us-east-1:${LOCAL_ACCOUNT_ID}:secret:shopsync-local-db`,
      ];
      const sql = (statement: string, ...more: string[]): Promise<CliRun> =>
        rdsData(['execute-statement', ...target, '--database', 'shopsync', '--sql', statement, ...more]);
      output(await sql('CREATE TABLE cli_check (id VARCHAR(20) PRIMARY KEY, n INT NOT NULL)'));

      const begun = output(await rdsData(['begin-transaction', ...target, '--database', 'shopsync']));
      const transactionId = begun.transactionId as string;
      expect(transactionId).toMatch(/\S{20,}/);
      const inserted = output(
        await sql(
          'INSERT INTO cli_check (id, n) VALUES (:id, :n)',
          '--transaction-id',
          transactionId,
          '--parameters',
          JSON.stringify([
            { name: 'id', value: { stringValue: 'a' } },
            { name: 'n', value: { longValue: 1 } },
          ]),
        ),
      );
      expect(inserted).toMatchObject({ numberOfRecordsUpdated: 1 });
      expect(
        output(await rdsData(['commit-transaction', ...target, '--transaction-id', transactionId])),
      ).toEqual({ transactionStatus: 'Transaction Committed' });
      // CommitTransaction, Errors: TransactionNotFoundException (404) once the transaction is over.
      refused(
        await rdsData(['commit-transaction', ...target, '--transaction-id', transactionId]),
        'CommitTransaction',
        'TransactionNotFoundException',
        new RegExp(`^Transaction ${transactionId} is not found`),
      );

      const undone = output(await rdsData(['begin-transaction', ...target, '--database', 'shopsync']));
      output(
        await sql(
          "INSERT INTO cli_check (id, n) VALUES ('b', 2)",
          '--transaction-id',
          undone.transactionId as string,
        ),
      );
      expect(
        output(
          await rdsData([
            'rollback-transaction',
            ...target,
            '--transaction-id',
            undone.transactionId as string,
          ]),
        ),
      ).toEqual({ transactionStatus: 'Rollback Complete' });

      expect(
        output(await sql('SELECT id, n FROM cli_check ORDER BY id', '--format-records-as', 'JSON')),
      ).toEqual({
        numberOfRecordsUpdated: 0,
        formattedRecords: '[{"id":"a","n":1}]',
      });
      // ExecuteStatement, Errors: DatabaseErrorException, carrying the MySQL error number.
      refused(
        await sql('SELECT * FROM no_such_table'),
        'ExecuteStatement',
        'DatabaseErrorException',
        /^Database error code: 1146\. Message: /,
      );
    });

    it('Lambda: invoke (RequestResponse, Event, DryRun), a function error, ResourceNotFound (Lambda API Reference, Invoke)', async () => {
      const outFile = path.join(root, 'invoke-out.json');
      const invoke = (name: string, ...more: string[]): Promise<CliRun> =>
        lambda([
          'invoke',
          '--function-name',
          name,
          '--cli-binary-format',
          'raw-in-base64-out',
          ...more,
          outFile,
        ]);

      expect(output(await invoke('orderSweep', '--payload', '{}'))).toEqual({
        StatusCode: 200,
        ExecutedVersion: '$LATEST',
      });
      expect(JSON.parse(readFileSync(outFile, 'utf8'))).toEqual({ sent: 0 });
      // A handler that throws: still 200, with FunctionError "Unhandled" and the error as the payload.
      expect(output(await invoke('catalog', '--payload', '{"field":"nothing"}'))).toEqual({
        StatusCode: 200,
        FunctionError: 'Unhandled',
        ExecutedVersion: '$LATEST',
      });
      expect(JSON.parse(readFileSync(outFile, 'utf8'))).toMatchObject({ errorType: 'Error' });
      expect(output(await invoke('orderSweep', '--invocation-type', 'Event', '--payload', '{}'))).toEqual({
        StatusCode: 202,
      });
      expect(output(await invoke('orderSweep', '--invocation-type', 'DryRun'))).toEqual({ StatusCode: 204 });
      refused(
        await invoke('nope', '--payload', '{}'),
        'Invoke',
        'ResourceNotFoundException',
        `Function not found: arn:aws:lambda:us-east-1:${LOCAL_ACCOUNT_ID}:function:nope`,
      );
      refused(
        await invoke('orderSweep', '--payload', 'not json'),
        'Invoke',
        'InvalidRequestContentException',
        /^Could not parse request body into json/,
      );
    });

    it('SQS (query protocol): send, batch, receive, delete; NonExistentQueue, BatchEntryIdsNotDistinct (SQS API Reference)', async () => {
      const queueUrl = output(await sqs(['create-queue', '--queue-name', 'cli-check'])).QueueUrl as string;
      expect(output(await sqs(['get-queue-url', '--queue-name', 'cli-check']))).toEqual({
        QueueUrl: queueUrl,
      });
      // The CLI checks MD5OfMessageBody and MD5OfMessageAttributes itself; a wrong digest fails the call.
      const body = 'order <o-1> & "friends"\r\nsecond line';
      const sent = output(
        await sqs([
          'send-message',
          '--queue-url',
          queueUrl,
          '--message-body',
          body,
          '--message-attributes',
          JSON.stringify({ kind: { DataType: 'String', StringValue: 'order' } }),
        ]),
      );
      expect(sent).toMatchObject({
        MessageId: expect.any(String) as unknown,
        MD5OfMessageBody: expect.any(String) as unknown,
      });
      expect(
        output(
          await sqs([
            'send-message-batch',
            '--queue-url',
            queueUrl,
            '--entries',
            JSON.stringify([
              { Id: 'a', MessageBody: 'first' },
              { Id: 'b', MessageBody: 'second' },
            ]),
          ]),
        ).Successful,
      ).toHaveLength(2);
      refused(
        await sqs([
          'send-message-batch',
          '--queue-url',
          queueUrl,
          '--entries',
          JSON.stringify([
            { Id: 'a', MessageBody: 'x' },
            { Id: 'a', MessageBody: 'y' },
          ]),
        ]),
        'SendMessageBatch',
        'AWS.SimpleQueueService.BatchEntryIdsNotDistinct',
        /\S/,
      );

      const received = output(
        await sqs([
          'receive-message',
          '--queue-url',
          queueUrl,
          '--max-number-of-messages',
          '10',
          '--attribute-names',
          'ApproximateReceiveCount',
          '--message-attribute-names',
          'All',
          '--wait-time-seconds',
          '1',
        ]),
      ).Messages as {
        Body: string;
        ReceiptHandle: string;
        MessageAttributes?: unknown;
        Attributes: unknown;
      }[];
      expect(received.map((message) => message.Body)).toEqual([body, 'first', 'second']);
      expect(received[0]).toMatchObject({
        MessageId: sent.MessageId,
        Attributes: { ApproximateReceiveCount: '1' },
        MessageAttributes: { kind: { DataType: 'String', StringValue: 'order' } },
      });
      const [first, ...rest] = received;
      output(
        await sqs(['delete-message', '--queue-url', queueUrl, '--receipt-handle', first!.ReceiptHandle]),
      );
      const entries = rest.map((message, index) => ({
        Id: `m${index}`,
        ReceiptHandle: message.ReceiptHandle,
      }));
      expect(
        output(
          await sqs(['delete-message-batch', '--queue-url', queueUrl, '--entries', JSON.stringify(entries)]),
        ),
      ).toEqual({ Successful: [{ Id: 'm0' }, { Id: 'm1' }] });
      expect(
        output(
          await sqs([
            'get-queue-attributes',
            '--queue-url',
            queueUrl,
            '--attribute-names',
            'ApproximateNumberOfMessages',
            'ApproximateNumberOfMessagesNotVisible',
          ]),
        ),
      ).toEqual({
        Attributes: { ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '0' },
      });
      // GetQueueUrl, Errors: QueueDoesNotExist, whose query-protocol code is AWS.SimpleQueueService.NonExistentQueue.
      refused(
        await sqs(['get-queue-url', '--queue-name', 'nope']),
        'GetQueueUrl',
        'AWS.SimpleQueueService.NonExistentQueue',
        'The specified queue does not exist.',
      );
      // SNS shares the port and the form encoding; signed for sns, a call still reaches SNS.
      expect(output(await sns(['list-topics'])).Topics).toEqual(
        expect.arrayContaining([{ TopicArn: `arn:aws:sns:us-east-1:${LOCAL_ACCOUNT_ID}:alerts` }]),
      );
    });

    it('SES: sesv2 send-email to the mailbox; BadRequestException without a sender (SESv2 API Reference, SendEmail)', async () => {
      const content = JSON.stringify({
        Simple: { Subject: { Data: 'From the CLI' }, Body: { Text: { Data: 'Hello.' } } },
      });
      const sent = output(
        await sesv2([
          'send-email',
          '--from-email-address',
          'shop@shopsync.local',
          '--destination',
          'ToAddresses=cli@example.com',
          '--content',
          content,
        ]),
      );
      expect(sent.MessageId).toEqual(expect.any(String));
      expect(twin.services.ses.emails().find((email) => email.messageId === sent.MessageId)).toMatchObject({
        from: 'shop@shopsync.local',
        destination: { to: ['cli@example.com'] },
        subject: 'From the CLI',
        body: { text: 'Hello.' },
      });
      refused(
        await sesv2(['send-email', '--destination', 'ToAddresses=cli@example.com', '--content', content]),
        'SendEmail',
        'BadRequestException',
        /\S/,
      );
    });

    it('Cognito: sign-up, admin operations signed with the twin’s keys; UsernameExists, InvalidPassword, UserNotFound, bad signatures (Cognito API Reference)', async () => {
      const pool = ['--user-pool-id', twin.config.userPoolId];
      const email = 'cli@example.com';
      const signUp = (password: string, who = email): Promise<CliRun> =>
        cognitoIdp([
          'sign-up',
          '--client-id',
          twin.config.userPoolClientId,
          '--username',
          who,
          '--password',
          password,
          '--user-attributes',
          `Name=email,Value=${who}`,
        ]);
      const signedUp = output(await signUp('Cli-Password-2026'));
      expect(signedUp).toMatchObject({
        UserConfirmed: false,
        CodeDeliveryDetails: { Destination: email, DeliveryMedium: 'EMAIL', AttributeName: 'email' },
      });
      refused(await signUp('Cli-Password-2026'), 'SignUp', 'UsernameExistsException', 'User already exists');
      refused(
        await signUp('short', 'short@example.com'),
        'SignUp',
        'InvalidPasswordException',
        'Password did not conform with policy: Password not long enough',
      );

      const admin = (...args: string[]): Promise<CliRun> => cognitoIdp([...args, ...pool]);
      output(await admin('admin-confirm-sign-up', '--username', email));
      output(await admin('admin-add-user-to-group', '--username', email, '--group-name', 'admins'));
      // Username "can be any of their alias attributes" (AdminListGroupsForUser, Request Parameters).
      const groups = output(await admin('admin-list-groups-for-user', '--username', email)).Groups as {
        GroupName: string;
      }[];
      expect(groups.map((group) => group.GroupName)).toEqual(['admins']);
      expect(output(await admin('admin-get-user', '--username', email))).toMatchObject({
        Username: signedUp.UserSub,
        UserStatus: 'CONFIRMED',
        Enabled: true,
      });
      refused(
        await admin('admin-get-user', '--username', 'nobody@example.com'),
        'AdminGetUser',
        'UserNotFoundException',
        'User does not exist.',
      );
      // Admin operations need SigV4 with valid keys (Cognito API Reference, "Common errors").
      refused(
        await cognitoIdp(['admin-get-user', '--username', email, ...pool], {
          accessKeyId: 'local',
          secretAccessKey: 'not-the-secret',
        }),
        'AdminGetUser',
        'InvalidSignatureException',
        /^The request signature we calculated does not match the signature you provided/,
      );
      refused(
        await cognitoIdp(['admin-get-user', '--username', email, ...pool], {
          accessKeyId: 'someone-else',
          secretAccessKey: 'local',
        }),
        'AdminGetUser',
        'UnrecognizedClientException',
        'The security token included in the request is invalid.',
      );
      refused(
        await cognitoIdp(['--no-sign-request', 'admin-get-user', '--username', email, ...pool]),
        'AdminGetUser',
        'MissingAuthenticationTokenException',
        'Missing Authentication Token',
      );

      const signIn = (password: string): Promise<CliRun> =>
        cognitoIdp([
          'initiate-auth',
          '--client-id',
          twin.config.userPoolClientId,
          '--auth-flow',
          'USER_PASSWORD_AUTH',
          '--auth-parameters',
          `USERNAME=${email},PASSWORD=${password}`,
        ]);
      expect(output(await signIn('Cli-Password-2026')).AuthenticationResult).toMatchObject({
        TokenType: 'Bearer',
        ExpiresIn: 3600,
        IdToken: expect.any(String) as unknown,
        AccessToken: expect.any(String) as unknown,
        RefreshToken: expect.any(String) as unknown,
      });
      refused(
        await signIn('Wrong-Password-2026'),
        'InitiateAuth',
        'NotAuthorizedException',
        'Incorrect username or password.',
      );
    });

    it('Scheduler: list-schedules of the stack; get-schedule of none is ResourceNotFound (EventBridge Scheduler API Reference)', async () => {
      const listed = output(await scheduler(['list-schedules']));
      expect(listed.Schedules).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            Name: 'orderSweep',
            GroupName: 'default',
            State: 'ENABLED',
            Arn: `arn:aws:scheduler:us-east-1:${LOCAL_ACCOUNT_ID}:schedule/default/orderSweep`,
            Target: { Arn: `arn:aws:lambda:us-east-1:${LOCAL_ACCOUNT_ID}:function:orderSweep` },
          }),
        ]),
      );
      const prefixed = output(await scheduler(['list-schedules', '--name-prefix', 'orderS']));
      expect((prefixed.Schedules as { Name: string }[]).map((schedule) => schedule.Name)).toEqual([
        'orderSweep',
      ]);
      refused(
        await scheduler(['get-schedule', '--name', 'nope']),
        'GetSchedule',
        'ResourceNotFoundException',
        'Schedule nope does not exist.',
      );
    });
  },
);
