import { App, Validations } from 'aws-cdk-lib';
import type { CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleResolvers } from './bundleResolvers.js';
import { LAMBDA_TARGET } from './bundling/bundleFunction.js';
import { bundleFunctions } from './bundling/bundleFunctions.js';
import { hashPaths } from './hashPaths.js';
import { ROOT_DIR } from './paths.js';
import { bundleName, resolverFiles } from './resolverFiles.js';
import { shop } from './shop.js';
import { capitalize } from './stack/capitalize.js';
import { ShopStack } from './ShopStack.js';

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

let buildDir: string;
let stack: ShopStack;
let template: Template;
let resources: Resources;

beforeAll(async () => {
  buildDir = mkdtempSync(path.join(tmpdir(), 'shopsync-build-'));
  const resolverBuildDir = path.join(buildDir, 'resolvers');
  const functionBuildDir = path.join(buildDir, 'functions');
  await Promise.all([
    bundleResolvers(resolverFiles(shop), { rootDir: ROOT_DIR, outDir: resolverBuildDir }),
    bundleFunctions(shop.functions, { rootDir: ROOT_DIR, outDir: functionBuildDir, target: LAMBDA_TARGET }),
  ]);
  const app = new App();
  stack = new ShopStack(app, 'ShopSync', {
    shop,
    rootDir: ROOT_DIR,
    resolverBuildDir,
    functionBuildDir,
    senderEmail: 'shop@example.com',
    adminEmail: 'admin@example.com',
  });
  template = Template.fromStack(stack);
  resources = template.toJSON().Resources as Resources;
});

afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

/** The logical id of the only resource of a type whose properties match. */
function logicalId(type: string, properties: Record<string, unknown> = {}): string {
  const found = Object.keys(template.findResources(type, { Properties: properties }));
  expect(found, `${type} matching ${JSON.stringify(properties)}`).toHaveLength(1);
  return found[0]!;
}

/** Logical ids referenced (Ref or Fn::GetAtt) anywhere inside a value. */
function referencedIds(value: unknown): Set<string> {
  const ids = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'Ref' && typeof child === 'string') ids.add(child);
      else if (key === 'Fn::GetAtt' && Array.isArray(child)) ids.add(String(child[0]));
      else visit(child);
    }
  };
  visit(value);
  return ids;
}

function tableId(name: string): string {
  const table = stack.node.findChild(`${capitalize(name)}Table`);
  return stack.getLogicalId(table.node.defaultChild as CfnElement);
}

function functionId(name: string): string {
  return logicalId('AWS::Lambda::Function', { Description: shop.functions[name]!.description });
}

/** Every policy statement attached to a function's role. */
function statementsOf(fnId: string): Record<string, unknown>[] {
  const roleId = [...referencedIds(resources[fnId]!.Properties!.Role)][0]!;
  return Object.values(resources)
    .filter((r) => r.Type === 'AWS::IAM::Policy' && referencedIds(r.Properties!.Roles).has(roleId))
    .flatMap((r) => (r.Properties!.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement);
}

describe('Cognito', () => {
  it('signs in with email, verifies it by code, and enforces the password policy', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: shop.userPool.passwordMinLength,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        }),
      },
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      DeletionProtection: 'ACTIVE',
    });
  });

  it('has the admins group and an app client for SRP and USER_PASSWORD auth without a secret', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: shop.userPool.adminGroup });
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ExplicitAuthFlows: Match.arrayWith([
        'ALLOW_USER_PASSWORD_AUTH',
        'ALLOW_USER_SRP_AUTH',
        'ALLOW_REFRESH_TOKEN_AUTH',
      ]),
      GenerateSecret: false,
      PreventUserExistenceErrors: 'ENABLED',
      AllowedOAuthFlows: Match.absent(),
    });
  });

  it('calls the post-confirmation function, and lets Cognito invoke it', () => {
    const fn = functionId('postConfirmation');
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: { PostConfirmation: { 'Fn::GetAtt': [fn, 'Arn'] } },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: { 'Fn::GetAtt': [fn, 'Arn'] },
      Principal: 'cognito-idp.amazonaws.com',
    });
  });
});

describe('AppSync', () => {
  it('serves schema.graphql as it is in the repository', () => {
    template.hasResourceProperties('AWS::AppSync::GraphQLSchema', {
      Definition: readFileSync(path.join(ROOT_DIR, shop.api.schemaFile), 'utf8'),
    });
  });

  it('uses Cognito by default, API key and IAM as additional modes, with logging, X-Ray and limits', () => {
    template.hasResourceProperties('AWS::AppSync::GraphQLApi', {
      AuthenticationType: 'AMAZON_COGNITO_USER_POOLS',
      UserPoolConfig: Match.objectLike({
        DefaultAction: 'ALLOW',
        UserPoolId: { Ref: logicalId('AWS::Cognito::UserPool') },
      }),
      AdditionalAuthenticationProviders: [
        { AuthenticationType: 'API_KEY' },
        { AuthenticationType: 'AWS_IAM' },
      ],
      LogConfig: Match.objectLike({ FieldLogLevel: 'ERROR', CloudWatchLogsRoleArn: Match.anyValue() }),
      XrayEnabled: true,
      QueryDepthLimit: shop.api.queryDepthLimit,
      ResolverCountLimit: shop.api.resolverCountLimit,
      EnvironmentVariables: shop.api.environment,
    });
    template.resourceCountIs('AWS::AppSync::ApiKey', 1);
  });

  it('sits behind a WAF web ACL that rate-limits each client IP', () => {
    const acl = logicalId('AWS::WAFv2::WebACL', {
      Scope: 'REGIONAL',
      Rules: [
        Match.objectLike({
          Statement: {
            RateBasedStatement: {
              Limit: shop.api.rateLimitPer5Minutes,
              AggregateKeyType: 'IP',
              EvaluationWindowSec: 300,
            },
          },
          Action: { Block: Match.anyValue() },
        }),
      ],
    });
    template.hasResourceProperties('AWS::WAFv2::WebACLAssociation', {
      ResourceArn: { 'Fn::GetAtt': [logicalId('AWS::AppSync::GraphQLApi'), 'Arn'] },
      WebACLArn: { 'Fn::GetAtt': [acl, 'Arn'] },
    });
  });

  it('creates every data source of the description with the right kind and target', () => {
    for (const [name, spec] of Object.entries(shop.dataSources)) {
      const type = { dynamodb: 'AMAZON_DYNAMODB', lambda: 'AWS_LAMBDA', none: 'NONE' }[spec.kind];
      template.hasResourceProperties('AWS::AppSync::DataSource', { Name: `${name}DataSource`, Type: type });
      if (spec.kind === 'dynamodb') {
        template.hasResourceProperties('AWS::AppSync::DataSource', {
          Name: `${name}DataSource`,
          DynamoDBConfig: Match.objectLike({ TableName: { Ref: tableId(spec.table) } }),
        });
      }
    }
  });

  it.each(Object.entries(shop.dataSources).filter(([, spec]) => spec.kind === 'dynamodb'))(
    'lets the %s data source reach its one table (and its indexes), writing only when its access says so',
    (name, spec) => {
      if (spec.kind !== 'dynamodb') return;
      const roleId = [
        ...referencedIds(
          resources[logicalId('AWS::AppSync::DataSource', { Name: `${name}DataSource` })]!.Properties!
            .ServiceRoleArn,
        ),
      ][0]!;
      const statements = Object.values(resources)
        .filter((r) => r.Type === 'AWS::IAM::Policy' && referencedIds(r.Properties!.Roles).has(roleId))
        .flatMap((r) => (r.Properties!.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement);
      const tables = [...referencedIds(statements)].filter(
        (id) => resources[id]?.Type === 'AWS::DynamoDB::GlobalTable',
      );
      expect(tables).toEqual([tableId(spec.table)]);
      const actions = statements.flatMap((statement) => [statement.Action].flat() as string[]);
      expect(actions).toContain('dynamodb:Query');
      expect(actions.includes('dynamodb:PutItem'), `${name} writes`).toBe(spec.access !== 'read');
    },
  );

  it.each(
    shop.resolvers.map((resolver) => [`${resolver.typeName}.${resolver.fieldName}`, resolver] as const),
  )('deploys %s as APPSYNC_JS with the built code and its data source', (_field, resolver) => {
    const code = (file: string): string =>
      readFileSync(path.join(buildDir, 'resolvers', bundleName(file)), 'utf8');
    const runtime = { Name: 'APPSYNC_JS', RuntimeVersion: '1.0.0' };
    if (resolver.kind === 'unit') {
      template.hasResourceProperties('AWS::AppSync::Resolver', {
        TypeName: resolver.typeName,
        FieldName: resolver.fieldName,
        Kind: 'UNIT',
        Runtime: runtime,
        Code: code(resolver.file),
        DataSourceName: `${resolver.dataSource}DataSource`,
      });
    } else {
      template.hasResourceProperties('AWS::AppSync::Resolver', {
        TypeName: resolver.typeName,
        FieldName: resolver.fieldName,
        Kind: 'PIPELINE',
        Runtime: runtime,
        Code: code(resolver.file),
      });
      for (const fn of resolver.functions) {
        template.hasResourceProperties('AWS::AppSync::FunctionConfiguration', {
          Runtime: runtime,
          Code: code(fn.file),
        });
      }
    }
  });

  it('deploys exactly the resolvers of the description', () => {
    template.resourceCountIs('AWS::AppSync::Resolver', shop.resolvers.length);
  });
});

describe('DynamoDB', () => {
  it.each(Object.entries(shop.tables))(
    '%s: on demand, recoverable, encrypted, keyed as described',
    (_name, spec) => {
      const keySchema = [
        { AttributeName: spec.partitionKey.name, KeyType: 'HASH' },
        ...(spec.sortKey ? [{ AttributeName: spec.sortKey.name, KeyType: 'RANGE' }] : []),
      ];
      template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
        KeySchema: keySchema,
        BillingMode: 'PAY_PER_REQUEST',
        Replicas: [
          Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }),
        ],
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
        TimeToLiveSpecification: spec.ttlAttribute
          ? { AttributeName: spec.ttlAttribute, Enabled: true }
          : Match.absent(),
        GlobalSecondaryIndexes: spec.indexes?.length
          ? spec.indexes.map((index) =>
              Match.objectLike({
                IndexName: index.name,
                KeySchema: [
                  { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
                  ...(index.sortKey ? [{ AttributeName: index.sortKey.name, KeyType: 'RANGE' }] : []),
                ],
                Projection: { ProjectionType: 'ALL' },
              }),
            )
          : Match.absent(),
      });
    },
  );

  it('has no table the description does not list', () => {
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', Object.keys(shop.tables).length);
  });
});

describe('Aurora', () => {
  it('runs Aurora Serverless v2 MySQL with the Data API, encrypted, credentials in Secrets Manager', () => {
    template.hasResourceProperties('AWS::RDS::DBCluster', {
      Engine: 'aurora-mysql',
      EnableHttpEndpoint: true,
      StorageEncrypted: true,
      DeletionProtection: true,
      DatabaseName: shop.database.name,
      ServerlessV2ScalingConfiguration: {
        MinCapacity: shop.database.minCapacityAcu,
        MaxCapacity: shop.database.maxCapacityAcu,
      },
      MasterUserPassword: Match.objectLike({ 'Fn::Join': Match.anyValue() }),
      EnableCloudwatchLogsExports: ['error', 'slowquery', 'audit'],
    });
    template.hasResourceProperties('AWS::RDS::DBInstance', { DBInstanceClass: 'db.serverless' });
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ GenerateStringKey: 'password' }),
    });
  });

  it('lives in isolated subnets: no NAT gateway, no internet gateway, no inbound rule', () => {
    template.resourceCountIs('AWS::EC2::NatGateway', 0);
    template.resourceCountIs('AWS::EC2::InternetGateway', 0);
    template.resourceCountIs('AWS::EC2::SecurityGroupIngress', 0);
    template.hasResourceProperties('AWS::EC2::SecurityGroup', { SecurityGroupIngress: Match.absent() });
    for (const subnet of Object.values(template.findResources('AWS::EC2::Subnet'))) {
      expect((subnet.Properties as { MapPublicIpOnLaunch: boolean }).MapPublicIpOnLaunch).toBe(false);
    }
  });

  it('applies the migrations at deploy time, again whenever they change, after the cluster exists', () => {
    const run = template.findResources('Custom::ShopSyncMigrate');
    expect(Object.keys(run)).toHaveLength(1);
    const [resource] = Object.values(run);
    expect(resource!.Properties).toMatchObject({
      AssetsHash: hashPaths(ROOT_DIR, [shop.database.migrationsDir]),
    });
    expect(resource!.DependsOn).toEqual(expect.arrayContaining([logicalId('AWS::RDS::DBCluster')]));
  });
});

describe('Lambda functions', () => {
  it.each(Object.entries(shop.functions))(
    '%s: Node.js 22 on arm64, sized and traced as described',
    (name, spec) => {
      const fn = resources[functionId(name)]!.Properties!;
      expect(fn).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        MemorySize: spec.memoryMb,
        Timeout: spec.timeoutSeconds,
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogFormat: 'JSON' },
        Handler: 'index.handler',
      });
    },
  );

  it('gives each function only the resources its access lists', () => {
    const owned = (ids: Set<string>, type: string): string[] =>
      [...ids].filter((id) => resources[id]?.Type === type).sort();
    for (const [name, spec] of Object.entries(shop.functions)) {
      const ids = referencedIds(statementsOf(functionId(name)));
      const access = spec.access ?? {};
      expect(owned(ids, 'AWS::DynamoDB::GlobalTable').length, `${name}: tables`).toBe(
        Object.keys(access.tables ?? {}).length,
      );
      expect(owned(ids, 'AWS::SQS::Queue').length, `${name}: queues`).toBe((access.sendTo ?? []).length);
      expect(owned(ids, 'AWS::SNS::Topic').length, `${name}: topics`).toBe((access.publishTo ?? []).length);
      expect(owned(ids, 'AWS::RDS::DBCluster').length > 0, `${name}: database`).toBe(
        access.database === true,
      );
      expect(owned(ids, 'AWS::SecretsManager::SecretTargetAttachment').length > 0, `${name}: secret`).toBe(
        access.database === true,
      );
    }
  });

  it('lets the post-confirmation function write profiles, and nothing more', () => {
    const dynamoActions = statementsOf(functionId('postConfirmation'))
      .flatMap((statement) => [statement.Action].flat() as string[])
      .filter((action) => action.startsWith('dynamodb:'));
    expect(dynamoActions).toContain('dynamodb:PutItem');
    expect(dynamoActions.filter((action) => /Get|Query|Scan/.test(action))).toEqual([]);
  });

  it('passes each function the names of its resources in its environment', () => {
    const variables = resources[functionId('postConfirmation')]!.Properties!.Environment as {
      Variables: Record<string, unknown>;
    };
    expect(variables.Variables.USERS_TABLE).toEqual({ Ref: tableId('users') });
    const migrate = resources[functionId('migrate')]!.Properties!.Environment as {
      Variables: Record<string, unknown>;
    };
    expect(Object.keys(migrate.Variables).sort()).toEqual([
      'DB_CLUSTER_ARN',
      'DB_NAME',
      'DB_SECRET_ARN',
      'NODE_OPTIONS',
    ]);
    expect(migrate.Variables.DB_NAME).toBe(shop.database.name);
  });
});

describe('messaging', () => {
  it.each(Object.entries(shop.queues))(
    '%s queue: encrypted, TLS only, dead-lettered after max receives',
    (_n, spec) => {
      template.hasResourceProperties('AWS::SQS::Queue', {
        VisibilityTimeout: spec.visibilityTimeoutSeconds,
        MessageRetentionPeriod: spec.retentionDays * 86_400,
        SqsManagedSseEnabled: true,
        RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: spec.maxReceiveCount },
      });
      const deadLetter = logicalId('AWS::SQS::Queue', {
        MessageRetentionPeriod: spec.deadLetterRetentionDays * 86_400,
        RedrivePolicy: Match.absent(),
      });
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: deadLetter }],
        PolicyDocument: {
          Statement: [
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ],
        },
      });
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [deadLetter, 'QueueName'] } }],
        Threshold: 1,
        AlarmActions: [
          { Ref: logicalId('AWS::SNS::Topic', { DisplayName: shop.topics.alerts!.description }) },
        ],
      });
    },
  );

  it.each(Object.entries(shop.topics))(
    '%s topic: encrypted, emailed to the context address',
    (_name, spec) => {
      const topic = logicalId('AWS::SNS::Topic', {
        DisplayName: spec.description,
        KmsMasterKeyId: Match.anyValue(),
      });
      template.hasResourceProperties('AWS::SNS::Subscription', {
        TopicArn: { Ref: topic },
        Protocol: 'email',
        Endpoint: 'admin@example.com',
      });
    },
  );

  it('has the SES sender identity and the role EventBridge Scheduler assumes', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'shop@example.com' });
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          Match.objectLike({
            Principal: { Service: 'scheduler.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
          }),
        ],
      },
    });
    template.resourceCountIs('AWS::Scheduler::Schedule', Object.keys(shop.schedules).length);
  });
});

describe('the daily sales report', () => {
  it('runs the reports function at 00:15 in the shop’s time zone, with the schedule’s event as input', () => {
    const schedule = shop.schedules.dailySalesReport!;
    expect(schedule.timeZone).toBe(shop.settings.timeZone);
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(15 0 * * ? *)',
      ScheduleExpressionTimezone: shop.settings.timeZone,
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: Match.objectLike({
        Arn: { 'Fn::GetAtt': [functionId('reports'), 'Arn'] },
        Input: JSON.stringify(schedule.input),
      }),
    });
  });

  it('gives the reports function the shop’s currency and time zone, its table, topic and database', () => {
    const env = (
      resources[functionId('reports')]!.Properties!.Environment as { Variables: Record<string, unknown> }
    ).Variables;
    expect(env).toMatchObject({
      SHOP_CURRENCY: shop.settings.currency,
      SHOP_TIME_ZONE: shop.settings.timeZone,
      SALES_REPORTS_TABLE: { Ref: tableId('salesReports') },
      SALES_REPORTS_TOPIC_ARN: {
        Ref: logicalId('AWS::SNS::Topic', { DisplayName: shop.topics.salesReports!.description }),
      },
      DB_NAME: shop.database.name,
    });
    const actions = statementsOf(functionId('reports')).flatMap((statement) => [statement.Action].flat());
    expect(actions).toEqual(
      expect.arrayContaining(['sns:Publish', 'dynamodb:PutItem', 'dynamodb:BatchGetItem']),
    );
  });
});

describe('hosting', () => {
  it('serves a private bucket through CloudFront with origin access control', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'app-bucket/' }),
    });
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        Origins: [Match.objectLike({ OriginAccessControlId: Match.anyValue() })],
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
      }),
    });
  });

  it('writes config.json from the stack: GraphQL and realtime URLs, API key, user pool, client', () => {
    const [deployment] = Object.values(template.findResources('Custom::CDKBucketDeployment'));
    const markers = JSON.stringify((deployment!.Properties as { SourceMarkers: unknown }).SourceMarkers);
    const api = logicalId('AWS::AppSync::GraphQLApi');
    for (const expected of [
      { 'Fn::GetAtt': [api, 'GraphQLUrl'] },
      { 'Fn::GetAtt': [api, 'RealtimeUrl'] },
      { 'Fn::GetAtt': [logicalId('AWS::AppSync::ApiKey'), 'ApiKey'] },
      { Ref: logicalId('AWS::Cognito::UserPool') },
      { Ref: logicalId('AWS::Cognito::UserPoolClient') },
    ]) {
      expect(markers).toContain(JSON.stringify(expected));
    }
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('reports no finding that is not acknowledged', () => {
    const report = new AwsSolutionsChecks(stack, { verbose: true }).validateScope(stack);
    const findings = report.violations.map(
      (violation) =>
        `${violation.ruleName} at ${violation.violatingResources.map((r) => r.constructPath).join(', ')}`,
    );
    expect(findings).toEqual([]);
  });

  it('gives every acknowledgement a written reason', () => {
    const acknowledged = stack.node.findAll().flatMap((construct) =>
      construct.node.metadata
        .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((entry) => Object.entries(entry.data as Record<string, string>))
        .map(([id, reason]) => ({ id, reason, at: construct.node.path })),
    );
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const { id, reason, at } of acknowledged) {
      expect(reason.length, `${id} at ${at}`).toBeGreaterThan(40);
    }
  });
});
