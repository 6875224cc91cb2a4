import { invariant } from '../invariant.js';
import {
  BeginTransactionCommand,
  CommitTransactionCommand,
  ExecuteStatementCommand,
  RollbackTransactionCommand,
} from '@aws-sdk/client-rds-data';
import type { RDSDataClient } from '@aws-sdk/client-rds-data';
import type { DataApiTarget } from '../../migrate/DataApiTarget.js';
import type { SqlExecutor, SqlRow } from './SqlExecutor.js';

/**
 * A `SqlExecutor` over the RDS Data API: one ExecuteStatement per statement (rows asked as
 * `formatRecordsAs: JSON`, objects keyed by column), and BeginTransaction / CommitTransaction /
 * RollbackTransaction around a transaction. Data API errors propagate unchanged (see `isDuplicateKey`).
 */
export function dataApiExecutor(client: RDSDataClient, target: DataApiTarget): SqlExecutor {
  return executorIn(client, target, undefined);
}

function executorIn(
  client: RDSDataClient,
  target: DataApiTarget,
  transactionId: string | undefined,
): SqlExecutor {
  const common = {
    resourceArn: target.resourceArn,
    secretArn: target.secretArn,
    ...(target.database !== undefined && { database: target.database }),
    ...(transactionId !== undefined && { transactionId }),
  };
  return {
    async query(request) {
      const output = await client.send(
        new ExecuteStatementCommand({
          ...common,
          sql: request.sql,
          parameters: [...request.parameters],
          formatRecordsAs: 'JSON',
        }),
      );
      return JSON.parse(output.formattedRecords ?? '[]') as SqlRow[];
    },
    async execute(request) {
      const output = await client.send(
        new ExecuteStatementCommand({ ...common, sql: request.sql, parameters: [...request.parameters] }),
      );
      return output.numberOfRecordsUpdated ?? 0;
    },
    async transaction(work) {
      invariant(transactionId === undefined, 'catalog transactions are not nested');
      const { transactionId: id } = await client.send(
        new BeginTransactionCommand({
          resourceArn: target.resourceArn,
          secretArn: target.secretArn,
          ...(target.database !== undefined && { database: target.database }),
        }),
      );
      if (!id) throw new Error('BeginTransaction answered no transactionId');
      const ids = { resourceArn: target.resourceArn, secretArn: target.secretArn, transactionId: id };
      let result;
      try {
        result = await work(executorIn(client, target, id));
      } catch (error) {
        // The work's error is what the caller must see; a failed rollback only leaves the transaction
        // to the Data API, which rolls it back after 3 minutes without a call.
        await client.send(new RollbackTransactionCommand(ids)).catch(() => undefined);
        throw error;
      }
      await client.send(new CommitTransactionCommand(ids));
      return result;
    },
  };
}
