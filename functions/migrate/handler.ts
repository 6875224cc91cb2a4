import { join } from 'node:path';
import { RDSDataClient } from '@aws-sdk/client-rds-data';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { applyMigrations } from './applyMigrations.js';
import type { DataApiTarget } from './DataApiTarget.js';
import { executeSql } from './executeSql.js';
import { readMigrations } from './readMigrations.js';
import { retryWhileResuming } from './retryWhileResuming.js';
import { CLIENT_CONFIG } from '../lib/sdk/clientConfig.js';

/** What the CDK custom-resources Provider framework expects back from an `onEvent` handler. */
export interface MigrateResponse {
  readonly PhysicalResourceId: string;
  readonly Data: { readonly Applied: string };
}

// One constant id: an Update never replaces the resource, so CloudFormation never sends a Delete for an
// old id.
const PHYSICAL_RESOURCE_ID = 'shopsync-migrations';

/**
 * The `onEvent` handler of the migrations custom resource (CDK `custom-resources` Provider).
 *
 * Create and Update apply the pending migrations from the `migrations` folder bundled beside the handler
 * (`MIGRATIONS_DIR` overrides it) to the database named by `DB_CLUSTER_ARN`, `DB_SECRET_ARN` and
 * `DB_NAME`; `Data.Applied` lists the versions applied, comma-separated (empty if none). CloudFormation
 * only sends an Update when the resource's properties change, so the stack must pass a
 * hash of the folder as a property for new migrations to run.
 * Delete does nothing: the data outlives the stack's resource. Errors are thrown, and the Provider fails
 * the deployment with their message.
 */
export async function handler(event: CloudFormationCustomResourceEvent): Promise<MigrateResponse> {
  if (event.RequestType === 'Delete') {
    return { PhysicalResourceId: PHYSICAL_RESOURCE_ID, Data: { Applied: '' } };
  }

  const target = targetFromEnv(process.env);
  const dir = process.env.MIGRATIONS_DIR ?? join(process.env.LAMBDA_TASK_ROOT ?? process.cwd(), 'migrations');
  const migrations = readMigrations(dir);
  // No endpoint in code: AWS_ENDPOINT_URL_RDS_DATA points the client at the local twin when set.
  const client = new RDSDataClient(CLIENT_CONFIG);
  const log = (line: string): void => console.log(line);

  // Aurora Serverless v2 at 0 ACU answers DatabaseResumingException (or times out) until it has resumed.
  // Only this harmless probe is retried; once it succeeds the cluster stays up while the run is active.
  await retryWhileResuming(() => executeSql(client, target, { sql: 'SELECT 1', parameters: [] }), { log });
  const { applied } = await applyMigrations(client, target, migrations, log);
  return { PhysicalResourceId: PHYSICAL_RESOURCE_ID, Data: { Applied: applied.join(',') } };
}

function targetFromEnv(env: NodeJS.ProcessEnv): DataApiTarget {
  const resourceArn = env.DB_CLUSTER_ARN;
  const secretArn = env.DB_SECRET_ARN;
  if (!resourceArn || !secretArn)
    throw new Error('The migrate function needs DB_CLUSTER_ARN and DB_SECRET_ARN set');
  return env.DB_NAME ? { resourceArn, secretArn, database: env.DB_NAME } : { resourceArn, secretArn };
}
