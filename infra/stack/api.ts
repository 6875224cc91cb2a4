import { ArnFormat, Duration, Expiration, Stack } from 'aws-cdk-lib';
import type { CfnElement } from 'aws-cdk-lib';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApiAuthMode, StackDescription } from '../description.js';
import { bundleName } from '../resolverFiles.js';
import type { Auth } from './auth.js';
import { acknowledge, BASIC_EXECUTION_ROLE, nagEnv, stackSingletons, XRAY_WILDCARD } from './acknowledge.js';
import { capitalize } from './capitalize.js';

export interface ApiProps {
  readonly description: StackDescription;
  readonly rootDir: string;
  /** Where `npm run build` wrote the resolver bundles. */
  readonly resolverBuildDir: string;
  readonly auth: Auth;
  readonly tables: ReadonlyMap<string, dynamodb.TableV2>;
  readonly functions: ReadonlyMap<string, lambda.IFunction>;
}

/**
 * The AppSync GraphQL API: the schema file, Cognito as the default mode with API key and IAM as
 * additional modes, field-level error logging, X-Ray, the depth and resolver-count limits, a WAF web ACL
 * with a per-IP rate rule, and every data source and resolver of the description (APPSYNC_JS, code from
 * the resolver build).
 */
export function createApi(scope: Construct, props: ApiProps): appsync.GraphqlApi {
  const { description } = props;
  const stack = Stack.of(scope);

  // AppSync writes to /aws/appsync/apis/<api id>; the id is not known before the API exists, so the
  // role is scoped to AppSync's log groups of this account and region.
  const logRole = new iam.Role(scope, 'ApiLogRole', {
    description: 'Lets AppSync write the ShopSync API logs',
    assumedBy: new iam.ServicePrincipal('appsync.amazonaws.com'),
    inlinePolicies: {
      logs: new iam.PolicyDocument({
        statements: [
          new iam.PolicyStatement({
            actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
            resources: [
              stack.formatArn({
                service: 'logs',
                resource: 'log-group',
                resourceName: '/aws/appsync/apis/*',
                arnFormat: ArnFormat.COLON_RESOURCE_NAME,
              }),
            ],
          }),
        ],
      }),
    },
  });

  const authorizationMode = (mode: ApiAuthMode): appsync.AuthorizationMode => {
    switch (mode) {
      case 'AMAZON_COGNITO_USER_POOLS':
        return {
          authorizationType: appsync.AuthorizationType.USER_POOL,
          userPoolConfig: {
            userPool: props.auth.userPool,
            defaultAction: appsync.UserPoolDefaultAction.ALLOW,
          },
        };
      case 'API_KEY':
        return {
          authorizationType: appsync.AuthorizationType.API_KEY,
          apiKeyConfig: {
            name: 'public-catalog',
            description: 'Public catalog reads for guests and integrators',
            expires: Expiration.after(Duration.days(description.api.apiKeyExpiresInDays)),
          },
        };
      case 'AWS_IAM':
        return { authorizationType: appsync.AuthorizationType.IAM };
    }
  };

  const api = new appsync.GraphqlApi(scope, 'Api', {
    name: description.api.name,
    definition: appsync.Definition.fromFile(path.join(props.rootDir, description.api.schemaFile)),
    authorizationConfig: {
      defaultAuthorization: authorizationMode(description.api.auth.defaultMode),
      additionalAuthorizationModes: description.api.auth.additionalModes.map(authorizationMode),
    },
    logConfig: {
      fieldLogLevel: appsync.FieldLogLevel.ERROR,
      excludeVerboseContent: true,
      retention: logs.RetentionDays.ONE_MONTH,
      role: logRole,
    },
    xrayEnabled: true,
    queryDepthLimit: description.api.queryDepthLimit,
    resolverCountLimit: description.api.resolverCountLimit,
    environmentVariables: { ...description.api.environment },
  });

  acknowledge(
    logRole,
    [
      `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:logs:${nagEnv(scope).region}:${nagEnv(scope).account}:log-group:/aws/appsync/apis/*]`,
    ],
    "AppSync names its log group after the API id, which exists only once the API does; the role is limited to AppSync's log groups.",
  );
  acknowledge(
    api,
    ['AwsSolutions-ASC3'],
    'Errors of every field are logged with request ids; verbose content is excluded because it would copy ' +
      "shoppers' tokens, headers and personal data into the logs.",
  );
  for (const singleton of stackSingletons(scope, 'LogRetention')) {
    acknowledge(
      singleton,
      [BASIC_EXECUTION_ROLE, XRAY_WILDCARD, 'AwsSolutions-L1'],
      "CDK's log-retention function, which sets the API log group's retention: it must reach log groups it " +
        'did not create, and runs on the runtime CDK pins.',
    );
  }

  protectWithWaf(scope, api, description.api.rateLimitPer5Minutes);

  const dataSources = new Map<string, appsync.BaseDataSource>();
  for (const [name, spec] of Object.entries(description.dataSources)) {
    const id = `${capitalize(name)}DataSource`;
    const dsName = `${name}DataSource`;
    switch (spec.kind) {
      case 'dynamodb': {
        const table = props.tables.get(spec.table);
        if (!table) throw new Error(`Data source ${name}: unknown table ${spec.table}`);
        const source = new appsync.DynamoDbDataSource(scope, id, {
          api,
          name: dsName,
          table,
          readOnlyAccess: spec.access === 'read',
        });
        if ((description.tables[spec.table]?.indexes ?? []).length > 0) {
          acknowledge(
            source,
            [
              `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(table.node.defaultChild as CfnElement)}.Arn>/index/*]`,
            ],
            `CDK grants the data source the indexes of its one table (${spec.table}), which its resolvers ` +
              'query; no other table is reachable.',
          );
        }
        dataSources.set(name, source);
        break;
      }
      case 'lambda': {
        const fn = props.functions.get(spec.function);
        if (!fn) throw new Error(`Data source ${name}: unknown function ${spec.function}`);
        const source = new appsync.LambdaDataSource(scope, id, { api, name: dsName, lambdaFunction: fn });
        acknowledge(
          source,
          [`AwsSolutions-IAM5[Resource::<${stack.getLogicalId(fn.node.defaultChild as CfnElement)}.Arn>:*]`],
          "CDK lets the data source role invoke its one function and that function's versions and aliases " +
            '(the function ARN followed by :*); no other function is reachable.',
        );
        dataSources.set(name, source);
        break;
      }
      case 'none':
        dataSources.set(name, new appsync.NoneDataSource(scope, id, { api, name: dsName }));
        break;
    }
  }
  const dataSource = (name: string): appsync.BaseDataSource => {
    const found = dataSources.get(name);
    if (!found) throw new Error(`Unknown data source "${name}" in the stack description`);
    return found;
  };
  const code = (file: string): appsync.Code => {
    const bundle = path.join(props.resolverBuildDir, bundleName(file));
    try {
      return appsync.Code.fromInline(readFileSync(bundle, 'utf8'));
    } catch (error) {
      throw new Error(`Missing resolver bundle ${bundle}: run \`npm run build\` first`, { cause: error });
    }
  };

  for (const resolver of description.resolvers) {
    const id = `${resolver.typeName}${capitalize(resolver.fieldName)}Resolver`;
    const common = {
      api,
      typeName: resolver.typeName,
      fieldName: resolver.fieldName,
      runtime: appsync.FunctionRuntime.JS_1_0_0,
      code: code(resolver.file),
    };
    if (resolver.kind === 'unit') {
      new appsync.Resolver(scope, id, {
        ...common,
        dataSource: dataSource(resolver.dataSource),
        ...(resolver.maxBatchSize !== undefined && { maxBatchSize: resolver.maxBatchSize }),
      });
    } else {
      const pipelineConfig = resolver.functions.map(
        (fn) =>
          new appsync.AppsyncFunction(scope, `${id}${capitalize(fn.name)}`, {
            api,
            name: `${resolver.typeName}_${resolver.fieldName}_${fn.name}`,
            dataSource: dataSource(fn.dataSource),
            runtime: appsync.FunctionRuntime.JS_1_0_0,
            code: code(fn.file),
          }),
      );
      new appsync.Resolver(scope, id, { ...common, pipelineConfig });
    }
  }
  return api;
}

/** A regional web ACL in front of the API: a per-IP rate limit, blocked with 429. */
function protectWithWaf(scope: Construct, api: appsync.GraphqlApi, limit: number): void {
  const metric = (name: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
    cloudWatchMetricsEnabled: true,
    metricName: name,
    sampledRequestsEnabled: true,
  });
  const acl = new wafv2.CfnWebACL(scope, 'ApiWebAcl', {
    scope: 'REGIONAL',
    defaultAction: { allow: {} },
    visibilityConfig: metric('shopsync-api'),
    rules: [
      {
        name: 'rate-per-ip',
        priority: 0,
        statement: { rateBasedStatement: { limit, aggregateKeyType: 'IP', evaluationWindowSec: 300 } },
        action: { block: { customResponse: { responseCode: 429 } } },
        visibilityConfig: metric('shopsync-api-rate-per-ip'),
      },
    ],
  });
  new wafv2.CfnWebACLAssociation(scope, 'ApiWebAclAssociation', {
    resourceArn: api.arn,
    webAclArn: acl.attrArn,
  });
}
