import { CfnOutput, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import type * as appsync from 'aws-cdk-lib/aws-appsync';
import type { Construct } from 'constructs';
import path from 'node:path';
import type { ClientConfig } from './clientConfig.js';
import type { StackDescription } from './description.js';
import { createApi } from './stack/api.js';
import { createAuth } from './stack/auth.js';
import { createDatabase, createTables } from './stack/data.js';
import { createFunctions } from './stack/functions.js';
import { createHosting } from './stack/hosting.js';
import { createMessaging } from './stack/messaging.js';

export interface ShopStackProps extends StackProps {
  readonly shop: StackDescription;
  readonly rootDir: string;
  readonly resolverBuildDir: string;
  /** The functions' packages, `<name>/index.mjs` each, as `bundleFunctions` writes them. */
  readonly functionBuildDir: string;
  /** The verified SES sender address of order and stock emails. */
  readonly senderEmail: string;
  /** Receives the daily sales report and operational alarms. */
  readonly adminEmail: string;
}

/** ShopSync on AWS, built from the stack description. */
export class ShopStack extends Stack {
  constructor(scope: Construct, id: string, props: ShopStackProps) {
    super(scope, id, props);
    const { shop: description, rootDir } = props;

    const auth = createAuth(this, description.userPool);
    const tables = createTables(this, description.tables);
    const database = createDatabase(this, description.database);
    const messaging = createMessaging(this, {
      queues: description.queues,
      topics: description.topics,
      context: { adminEmail: props.adminEmail },
      senderEmail: props.senderEmail,
      alarmTopic: 'alerts',
    });
    // Functions exist before the API (it uses them as data sources) but may call it: they read it lazily.
    const apiRef: { current?: appsync.GraphqlApi } = {};
    const functions = createFunctions(this, {
      description,
      rootDir,
      functionBuildDir: props.functionBuildDir,
      tables,
      database,
      messaging,
      auth,
      adminEmail: props.adminEmail,
      api: () => {
        if (!apiRef.current) throw new Error('The API is read before it exists');
        return apiRef.current;
      },
    });
    const api = createApi(this, {
      description,
      rootDir,
      resolverBuildDir: props.resolverBuildDir,
      auth,
      tables,
      functions,
    });
    apiRef.current = api;

    const config: ClientConfig = {
      region: this.region,
      graphqlUrl: api.graphqlUrl,
      realtimeUrl: (api.node.defaultChild as appsync.CfnGraphQLApi).attrRealtimeUrl,
      apiKey: api.apiKey ?? '',
      userPoolId: auth.userPool.userPoolId,
      userPoolClientId: auth.client.userPoolClientId,
      authFlow: 'USER_SRP_AUTH',
      currency: description.settings.currency,
      timeZone: description.settings.timeZone,
    };
    const hosting = createHosting(this, { appDistDir: path.join(rootDir, 'app', 'dist'), config });

    const outputs: Record<string, string> = {
      GraphqlUrl: config.graphqlUrl,
      RealtimeUrl: config.realtimeUrl,
      UserPoolId: config.userPoolId,
      UserPoolClientId: config.userPoolClientId,
      AppUrl: `https://${hosting.distribution.distributionDomainName}`,
      DatabaseClusterArn: database.cluster.clusterArn,
    };
    for (const [name, value] of Object.entries(outputs)) new CfnOutput(this, name, { value });
  }
}
