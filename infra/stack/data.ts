import { capitalize } from './capitalize.js';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import type { Construct } from 'constructs';
import type { DatabaseSpec, TableSpec } from '../description.js';
import { acknowledge } from './acknowledge.js';

/** Tables on demand, with point-in-time recovery, AWS-managed encryption and TTL where described. */
export function createTables(
  scope: Construct,
  specs: Readonly<Record<string, TableSpec>>,
): Map<string, dynamodb.TableV2> {
  const tables = new Map<string, dynamodb.TableV2>();
  for (const [name, spec] of Object.entries(specs)) {
    const table = new dynamodb.TableV2(scope, `${capitalize(name)}Table`, {
      partitionKey: attribute(spec.partitionKey),
      ...(spec.sortKey && { sortKey: attribute(spec.sortKey) }),
      billing: dynamodb.Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryptionV2.awsManagedKey(),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      ...(spec.ttlAttribute && { timeToLiveAttribute: spec.ttlAttribute }),
      globalSecondaryIndexes: (spec.indexes ?? []).map((index) => ({
        indexName: index.name,
        partitionKey: attribute(index.partitionKey),
        ...(index.sortKey && { sortKey: attribute(index.sortKey) }),
        projectionType: dynamodb.ProjectionType.ALL,
      })),
    });
    tables.set(name, table);
  }
  return tables;
}

export interface Database {
  readonly cluster: rds.DatabaseCluster;
  readonly vpc: ec2.Vpc;
  readonly name: string;
}

/**
 * Aurora Serverless v2 (MySQL 8 compatible) with the Data API. Nothing connects to it over the network:
 * every client uses the Data API, so it lives in isolated subnets with no NAT gateway and a security group
 * without ingress rules; the generated credentials stay in Secrets Manager.
 */
export function createDatabase(scope: Construct, spec: DatabaseSpec): Database {
  const vpc = new ec2.Vpc(scope, 'Vpc', {
    maxAzs: 2,
    natGateways: 0,
    subnetConfiguration: [{ name: 'database', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 }],
  });
  vpc.addFlowLog('FlowLog', { trafficType: ec2.FlowLogTrafficType.REJECT });

  const engine = rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_10_0 });
  const cluster = new rds.DatabaseCluster(scope, 'Database', {
    engine,
    writer: rds.ClusterInstance.serverlessV2('Writer', { autoMinorVersionUpgrade: true }),
    serverlessV2MinCapacity: spec.minCapacityAcu,
    serverlessV2MaxCapacity: spec.maxCapacityAcu,
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    credentials: rds.Credentials.fromGeneratedSecret('shopsync_admin'),
    defaultDatabaseName: spec.name,
    enableDataApi: true,
    storageEncrypted: true,
    iamAuthentication: true,
    deletionProtection: true,
    removalPolicy: RemovalPolicy.SNAPSHOT,
    backup: { retention: Duration.days(7) },
    parameterGroup: new rds.ParameterGroup(scope, 'DatabaseParameters', {
      engine,
      description: 'ShopSync Aurora MySQL: audit logging of connections and schema changes',
      parameters: { server_audit_logging: '1', server_audit_events: 'CONNECT,QUERY_DDL,QUERY_DCL' },
    }),
    cloudwatchLogsExports: ['error', 'slowquery', 'audit'],
  });
  acknowledge(
    cluster,
    ['AwsSolutions-SMG4'],
    'Rotation needs a rotation function inside the VPC with a route to Secrets Manager (an interface endpoint or ' +
      'NAT), which these isolated subnets deliberately lack. Only the Data API reads the secret, on each call.',
  );
  acknowledge(
    cluster,
    ['AwsSolutions-RDS11'],
    'Nothing connects to the cluster port: every client uses the Data API, and the security group has no ' +
      'ingress rule; a non-default port would hide nothing.',
  );
  acknowledge(
    cluster,
    ['AwsSolutions-RDS14'],
    'Recovery relies on point-in-time restore from the 7-day continuous backups. Backtrack bills for every ' +
      'change record it keeps, and it cannot be combined with binlog replication.',
  );
  return { cluster, vpc, name: spec.name };
}

function attribute(key: { readonly name: string; readonly type: 'S' | 'N' | 'B' }): dynamodb.Attribute {
  const types = {
    S: dynamodb.AttributeType.STRING,
    N: dynamodb.AttributeType.NUMBER,
    B: dynamodb.AttributeType.BINARY,
  };
  return { name: key.name, type: types[key.type] };
}
