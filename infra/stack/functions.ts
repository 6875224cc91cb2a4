import type { CfnElement } from 'aws-cdk-lib';
import { CustomResource, Duration, Lazy, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type * as appsync from 'aws-cdk-lib/aws-appsync';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as cr from 'aws-cdk-lib/custom-resources';
import type { Construct } from 'constructs';
import path from 'node:path';
import type { FunctionSpec, ScheduleSpec, StackDescription } from '../description.js';
import { functionEnvironment } from '../environment.js';
import { hashPaths } from '../hashPaths.js';
import type { Auth } from './auth.js';
import { acknowledge, BASIC_EXECUTION_ROLE, NODE22_RUNTIME_REASON, XRAY_WILDCARD } from './acknowledge.js';
import { capitalize } from './capitalize.js';
import type { Database } from './data.js';
import type { Messaging } from './messaging.js';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';

export interface FunctionsProps {
  readonly description: StackDescription;
  readonly rootDir: string;
  /**
   * Where `bundleFunction` (`infra/bundling/`) wrote each function's package, one folder per function
   * name: `infra/app.ts` bundles them before it builds the stack.
   */
  readonly functionBuildDir: string;
  readonly tables: ReadonlyMap<string, dynamodb.TableV2>;
  readonly database: Database;
  readonly messaging: Messaging;
  readonly auth: Auth;
  /** Where the admins' email goes (`ADMIN_EMAIL` of functions that `emailAdmins`). */
  readonly adminEmail: string;
  /** Resolved lazily: functions exist before the API that may use them as data sources. */
  readonly api: () => appsync.GraphqlApi;
}

/**
 * One Lambda function per function of the description (Node.js 22 on arm64, the package
 * `bundleFunction` made, JSON logs to its own log group, X-Ray), each with its own role holding only the
 * grants its `access` lists, and wired to its triggers: SQS event sources, Cognito triggers, deploy-time
 * custom resources and schedules. The packages are made by the same code and options as the ones the
 * local twin runs, which CDK's `NodejsFunction` could not do: it runs the esbuild command, which takes
 * no plugins, and `lambdaSdkPlugin` is what keeps each bundle under `MAX_FUNCTION_BUNDLE_BYTES`.
 */
export function createFunctions(scope: Construct, props: FunctionsProps): Map<string, lambda.Function> {
  const { description, tables, database, messaging } = props;
  const functions = new Map<string, lambda.Function>();
  const pick = <T>(map: ReadonlyMap<string, T>, name: string, kind: string): T => {
    const value = map.get(name);
    if (value === undefined) throw new Error(`Unknown ${kind} "${name}" in the stack description`);
    return value;
  };

  for (const [name, spec] of Object.entries(description.functions)) {
    const id = `${capitalize(name)}Function`;
    const logGroup = new logs.LogGroup(scope, `${id}Logs`, {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new iam.Role(scope, `${id}Role`, {
      description: `${name}: ${spec.description}`,
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    });
    logGroup.grantWrite(role);

    const environment = functionEnvironment(spec, {
      tableName: (table) => pick(tables, table, 'table').tableName,
      queueUrl: (queue) => pick(messaging.queues, queue, 'queue').queueUrl,
      topicArn: (topic) => pick(messaging.topics, topic, 'topic').topicArn,
      database: () => ({
        clusterArn: database.cluster.clusterArn,
        secretArn: database.cluster.secret?.secretArn ?? '',
        name: database.name,
      }),
      mailFrom: () => messaging.senderIdentity.emailIdentityName,
      adminEmail: () => props.adminEmail,
      graphqlUrl: () => Lazy.string({ produce: () => props.api().graphqlUrl }),
    });

    const fn = new lambda.Function(scope, id, {
      description: spec.description,
      code: lambda.Code.fromAsset(path.join(props.functionBuildDir, name)),
      handler: 'index.handler',
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: spec.memoryMb,
      timeout: Duration.seconds(spec.timeoutSeconds),
      role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      tracing: lambda.Tracing.ACTIVE,
      environment: { ...environment, NODE_OPTIONS: '--enable-source-maps' },
    });
    grantAccess(fn, spec, props, pick);
    acknowledge(fn, ['AwsSolutions-L1'], NODE22_RUNTIME_REASON);
    acknowledge(
      role,
      [XRAY_WILDCARD],
      'X-Ray tracing: xray:PutTraceSegments and PutTelemetryRecords take no resource.',
    );
    functions.set(name, fn);
  }

  for (const [name, spec] of Object.entries(description.functions)) {
    const fn = pick(functions, name, 'function');
    for (const trigger of spec.triggers ?? []) {
      switch (trigger.kind) {
        case 'sqs':
          fn.addEventSource(
            new SqsEventSource(pick(messaging.queues, trigger.queue, 'queue'), {
              batchSize: trigger.batchSize,
              maxBatchingWindow: Duration.seconds(trigger.maxBatchingWindowSeconds ?? 0),
              reportBatchItemFailures: trigger.reportBatchItemFailures,
            }),
          );
          break;
        case 'cognito':
          props.auth.userPool.addTrigger(cognito.UserPoolOperation.POST_CONFIRMATION, fn);
          break;
        case 'deploy':
          runAtDeploy(scope, name, fn, props, trigger.assets);
          break;
      }
    }
  }

  for (const [name, spec] of Object.entries(description.schedules)) {
    createSchedule(scope, name, spec, pick(functions, spec.target, 'function'), messaging.schedulerRole);
  }
  return functions;
}

function grantAccess(
  fn: lambda.Function,
  spec: FunctionSpec,
  props: FunctionsProps,
  pick: <T>(map: ReadonlyMap<string, T>, name: string, kind: string) => T,
): void {
  const access = spec.access ?? {};
  for (const [table, level] of Object.entries(access.tables ?? {})) {
    const resource = pick(props.tables, table, 'table');
    if (level === 'read') resource.grantReadData(fn);
    else if (level === 'write') resource.grantWriteData(fn);
    else resource.grantReadWriteData(fn);
    if ((props.description.tables[table]?.indexes ?? []).length > 0) {
      acknowledge(
        fn.role ?? fn,
        [
          `AwsSolutions-IAM5[Resource::<${Stack.of(fn).getLogicalId(resource.node.defaultChild as CfnElement)}.Arn>/index/*]`,
        ],
        `CDK grants the function the indexes of the ${table} table, which it queries; no other table is reachable.`,
      );
    }
  }
  for (const queue of access.sendTo ?? []) pick(props.messaging.queues, queue, 'queue').grantSendMessages(fn);
  for (const topic of access.publishTo ?? []) {
    pick(props.messaging.topics, topic, 'topic').grantPublish(fn);
    acknowledge(
      fn.role ?? fn,
      ['AwsSolutions-IAM5[Action::kms:GenerateDataKey*]'],
      `Publishing to the KMS-encrypted ${topic} topic: AWS documents kms:GenerateDataKey* and kms:Decrypt ` +
        "on the topic's key for publishers (SNS encrypts each message under a new data key); CDK's " +
        'grantPublish grants those two on that one key.',
    );
  }
  if (access.database) props.database.cluster.grantDataApiAccess(fn);
  if (access.sendEmail) props.messaging.senderIdentity.grantSendEmail(fn);
  for (const field of access.graphqlFields ?? []) {
    const [typeName, fieldName] = field.split('.');
    if (!typeName || !fieldName) throw new Error(`graphqlFields entries are Type.field, got "${field}"`);
    // Resolved after the API exists; the grant names the one field, not the whole API.
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['appsync:GraphQL'],
        resources: [
          Lazy.string({ produce: () => `${props.api().arn}/types/${typeName}/fields/${fieldName}` }),
        ],
      }),
    );
  }
}

/**
 * Runs the function once per deployment through the custom resource provider framework, and again
 * whenever its assets (for `migrate`, the SQL files) change.
 */
function runAtDeploy(
  scope: Construct,
  name: string,
  fn: lambda.Function,
  props: FunctionsProps,
  assets: readonly string[],
): void {
  const id = capitalize(name);
  const provider = new cr.Provider(scope, `${id}Provider`, {
    onEventHandler: fn,
    logGroup: new logs.LogGroup(scope, `${id}ProviderLogs`, {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    }),
  });
  acknowledge(
    provider,
    [BASIC_EXECUTION_ROLE, `AwsSolutions-IAM5[Resource::<${stackLogicalId(fn)}.Arn>:*]`, 'AwsSolutions-L1'],
    'The custom resource provider framework of CDK: its handler logs with the AWS basic execution policy, ' +
      'invokes any version of the one function it fronts, and runs on the runtime CDK pins.',
  );
  const resource = new CustomResource(scope, `${id}Run`, {
    serviceToken: provider.serviceToken,
    resourceType: `Custom::ShopSync${id}`,
    properties: { AssetsHash: hashPaths(props.rootDir, assets) },
  });
  resource.node.addDependency(props.database.cluster);
}

function stackLogicalId(fn: lambda.Function): string {
  return Stack.of(fn).getLogicalId(fn.node.defaultChild as lambda.CfnFunction);
}

function createSchedule(
  scope: Construct,
  name: string,
  spec: ScheduleSpec,
  target: lambda.Function,
  role: iam.Role,
): void {
  target.grantInvoke(role);
  acknowledge(
    role,
    [`AwsSolutions-IAM5[Resource::<${stackLogicalId(target)}.Arn>:*]`],
    "CDK lets the scheduler role invoke each scheduled function and that function's versions and aliases " +
      '(the function ARN followed by :*); no other function is reachable.',
  );
  new scheduler.CfnSchedule(scope, `${capitalize(name)}Schedule`, {
    description: spec.description,
    scheduleExpression: spec.expression,
    scheduleExpressionTimezone: spec.timeZone,
    flexibleTimeWindow: { mode: 'OFF' },
    target: {
      arn: target.functionArn,
      roleArn: role.roleArn,
      input: JSON.stringify(spec.input ?? {}),
      retryPolicy: { maximumRetryAttempts: 3, maximumEventAgeInSeconds: 3600 },
    },
  });
}
