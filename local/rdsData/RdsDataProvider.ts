import { compileStatement } from './compileStatement.js';
import { badRequest, forbidden } from './dataApiErrors.js';
import type {
  BatchExecuteStatementResponse,
  BeginTransactionResponse,
  ExecuteStatementResponse,
  TransactionStatusResponse,
} from './DataApiWire.js';
import { executeStatementResponse, generatedFields } from './executeStatementResponse.js';
import {
  optionalBoolean,
  optionalEnum,
  optionalString,
  requestBody,
  requiredString,
} from './requestMembers.js';
import type { RequestBody } from './requestMembers.js';
import type { CompiledStatement, SqlEngine, StatementResult } from './SqlEngine.js';
import type { TransactionStore } from './TransactionStore.js';

/** The cluster the twin stands for: the ARNs callers must name, and the database they get by default. */
export interface ClusterConfig {
  /** The `resourceArn` every call must carry (`DB_CLUSTER_ARN` of the functions). */
  readonly clusterArn: string;
  /** The `secretArn` every call must carry (`DB_SECRET_ARN`). */
  readonly secretArn: string;
  /** The database of a call without `database` (`DB_NAME`). */
  readonly database: string;
}

/**
 * The RDS Data API, one method per operation, over a `SqlEngine`. Each method takes the request's parsed
 * JSON body and returns the response body, or throws an `AwsError` with the Data API's code and status.
 *
 * Every call must name the configured cluster and secret (ForbiddenException otherwise, see `forbidden`).
 * Not emulated: the 45 s call timeout and `continueAfterTimeout`, `schema` (PostgreSQL only), the 1 MiB
 * result limit, and the deprecated ExecuteSql.
 */
export class RdsDataProvider {
  constructor(
    private readonly engine: SqlEngine,
    private readonly transactions: TransactionStore,
    private readonly cluster: ClusterConfig,
  ) {}

  /** `POST /Execute`: runs one statement, in a transaction when `transactionId` is given. */
  async executeStatement(input: unknown): Promise<ExecuteStatementResponse> {
    const body = this.authorized(input);
    const statement = compileStatement(requiredString(body, 'sql'), body.parameters);
    const resultSetOptions = body.resultSetOptions as RequestBody | undefined;
    const shape = {
      includeResultMetadata: optionalBoolean(body, 'includeResultMetadata'),
      formatRecordsAs: optionalEnum(body, 'formatRecordsAs', ['NONE', 'JSON'], 'NONE'),
      returnTypes: {
        decimalReturnType: optionalEnum(
          resultSetOptions,
          'decimalReturnType',
          ['STRING', 'DOUBLE_OR_LONG'],
          'STRING',
        ),
        longReturnType: optionalEnum(resultSetOptions, 'longReturnType', ['LONG', 'STRING'], 'LONG'),
      },
    };
    const result = await this.run(body, statement);
    return executeStatementResponse(result, shape);
  }

  /**
   * `POST /BatchExecute`: runs the statement once per parameter set, in order, and answers one
   * `updateResults` entry (with its `generatedFields`) per set. Outside a transaction each run commits on
   * its own, as JDBC batches in autocommit mode do: a failing set leaves the sets before it applied.
   */
  async batchExecuteStatement(input: unknown): Promise<BatchExecuteStatementResponse> {
    const body = this.authorized(input);
    const sql = requiredString(body, 'sql');
    const sets = body.parameterSets ?? [];
    if (!Array.isArray(sets)) throw badRequest('parameterSets must be a list of parameter lists');
    const statements = sets.map((parameters: unknown) => compileStatement(sql, parameters));
    const updateResults = [];
    for (const statement of statements) {
      const result = await this.run(body, statement);
      updateResults.push({ generatedFields: generatedFields(result) });
    }
    return { updateResults };
  }

  /** `POST /BeginTransaction`: opens a transaction in `database` and answers its id. */
  async beginTransaction(input: unknown): Promise<BeginTransactionResponse> {
    const body = this.authorized(input);
    const database = optionalString(body, 'database') ?? this.cluster.database;
    const session = await this.engine.begin(database);
    return { transactionId: this.transactions.add(session, database) };
  }

  /** `POST /CommitTransaction`: commits and ends the transaction. */
  async commitTransaction(input: unknown): Promise<TransactionStatusResponse> {
    const body = this.authorized(input);
    await this.transactions.end(requiredString(body, 'transactionId'), 'commit');
    return { transactionStatus: 'Transaction Committed' };
  }

  /** `POST /RollbackTransaction`: rolls back and ends the transaction. */
  async rollbackTransaction(input: unknown): Promise<TransactionStatusResponse> {
    const body = this.authorized(input);
    await this.transactions.end(requiredString(body, 'transactionId'), 'rollback');
    return { transactionStatus: 'Rollback Complete' };
  }

  private authorized(input: unknown): RequestBody {
    const body = requestBody(input);
    const resourceArn = requiredString(body, 'resourceArn');
    const secretArn = requiredString(body, 'secretArn');
    if (resourceArn !== this.cluster.clusterArn) {
      throw forbidden(
        `resourceArn ${resourceArn} is not the cluster this Data API serves (${this.cluster.clusterArn})`,
      );
    }
    if (secretArn !== this.cluster.secretArn) {
      throw forbidden(`secretArn ${secretArn} is not a secret of cluster ${this.cluster.clusterArn}`);
    }
    return body;
  }

  private run(body: RequestBody, statement: CompiledStatement): Promise<StatementResult> {
    const transactionId = optionalString(body, 'transactionId');
    if (transactionId !== undefined)
      return this.transactions.use(transactionId, (session) => session.run(statement));
    return this.engine.run(optionalString(body, 'database') ?? this.cluster.database, statement);
  }
}
