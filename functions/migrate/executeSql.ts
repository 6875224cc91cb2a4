import { ExecuteStatementCommand } from '@aws-sdk/client-rds-data';
import type { ExecuteStatementCommandOutput, RDSDataClient } from '@aws-sdk/client-rds-data';
import type { DataApiTarget } from './DataApiTarget.js';
import type { SqlRequest } from './SqlRequest.js';

/**
 * Runs one statement through the Data API, outside any transaction.
 *
 * `continueAfterTimeout` is set because AWS recommends it for DDL: a DDL statement cut off when the call
 * times out (45 s) can leave broken table structures. The runner's other statements are tiny.
 */
export async function executeSql(
  client: RDSDataClient,
  target: DataApiTarget,
  request: SqlRequest,
): Promise<ExecuteStatementCommandOutput> {
  return client.send(
    new ExecuteStatementCommand({
      resourceArn: target.resourceArn,
      secretArn: target.secretArn,
      ...(target.database === undefined ? {} : { database: target.database }),
      sql: request.sql,
      parameters: [...request.parameters],
      continueAfterTimeout: true,
    }),
  );
}
