import { createConnection, createPool } from 'mysql2/promise';
import type {
  FieldPacket,
  Pool,
  PoolConnection,
  PoolOptions,
  QueryResult,
  ResultSetHeader,
} from 'mysql2/promise';
import { AwsError } from '../AwsError.js';
import { databaseError, databaseUnavailable } from './dataApiErrors.js';
import { mysqlColumn } from './mysqlColumn.js';
import { parseDatabaseUrl } from './parseDatabaseUrl.js';
import type { CompiledStatement, SqlEngine, SqlSession, StatementResult } from './SqlEngine.js';

export interface MysqlEngineOptions {
  /** `mysql://user:password@host:port[/database]`. */
  readonly url: string;
  /** The default database: created if absent, as Aurora creates a cluster's default database. */
  readonly database: string;
  /** How long connecting may take before start fails. */
  readonly connectTimeoutMs: number;
}

/**
 * Connects to MySQL/MariaDB and returns the engine, after creating `database` if it does not exist.
 *
 * Fails within `connectTimeoutMs` with an Error naming the URL (without its password) when the server
 * cannot be reached or refuses the login, and when the URL's path names another database than `database`.
 * Statements outside a transaction run on a pool per database; each transaction has a connection of its
 * own until it ends, so MySQL's isolation applies (its changes are invisible to others until commit).
 * Values are bound by mysql2's `:name` placeholders with client-side escaping, as MySQL Connector/J
 * (behind the Data API) does by default; UPDATE counts matched rows (CLIENT_FOUND_ROWS), as SQLite does.
 */
export async function openMysqlEngine(options: MysqlEngineOptions): Promise<SqlEngine> {
  const url = parseDatabaseUrl(options.url);
  if (url.database !== undefined && url.database !== options.database) {
    throw new Error(
      `DATABASE_URL ${url.redacted} names database '${url.database}', but the Data API twin serves ` +
        `'${options.database}': leave the path out of the URL or make them the same`,
    );
  }
  const connection: PoolOptions = {
    host: url.host,
    port: url.port,
    user: url.user,
    password: url.password,
    connectTimeout: options.connectTimeoutMs,
  };
  try {
    const admin = await createConnection(connection);
    try {
      await admin.query(`CREATE DATABASE IF NOT EXISTS \`${options.database.replaceAll('`', '``')}\``);
    } finally {
      await admin.end();
    }
  } catch (error) {
    throw new Error(`Cannot use the MySQL database at ${url.redacted} (DATABASE_URL): ${messageOf(error)}`, {
      cause: error,
    });
  }

  const pools = new Map<string, Pool>();
  const sessions = new Set<SqlSession>();
  let closed = false;

  const poolFor = (database: string): Pool => {
    if (closed) throw databaseUnavailable('The Data API twin is stopping');
    let pool = pools.get(database);
    if (pool === undefined) {
      pool = createPool({
        ...connection,
        database,
        connectionLimit: 10,
        namedPlaceholders: true,
        rowsAsArray: true,
        // Values as text, so that nothing is lost before the Data API conversion (see toField).
        dateStrings: true,
        supportBigNumbers: true,
        bigNumberStrings: true,
        jsonStrings: true,
      });
      pools.set(database, pool);
    }
    return pool;
  };

  const execute = async (
    queryable: Pick<PoolConnection, 'query'>,
    statement: CompiledStatement,
  ): Promise<StatementResult> => {
    let result: QueryResult;
    let fields: FieldPacket[] | undefined;
    try {
      [result, fields] = await queryable.query<QueryResult>(statement.sql, statement.values);
    } catch (error) {
      throw toAwsError(error);
    }
    if (Array.isArray(result)) {
      return {
        columns: (fields ?? []).map(mysqlColumn),
        rows: result as unknown as unknown[][],
        rowsAffected: 0,
        insertId: undefined,
      };
    }
    const header = result as ResultSetHeader;
    return {
      columns: [],
      rows: undefined,
      rowsAffected: header.affectedRows,
      insertId: header.insertId > 0 ? header.insertId : undefined,
    };
  };

  return {
    kind: 'mysql',

    async run(database, statement) {
      return execute(poolFor(database), statement);
    },

    async begin(database) {
      let connection: PoolConnection;
      try {
        connection = await poolFor(database).getConnection();
        await connection.beginTransaction();
      } catch (error) {
        throw toAwsError(error);
      }
      let open = true;
      const end = async (step: 'commit' | 'rollback'): Promise<void> => {
        if (!open) return;
        open = false;
        sessions.delete(session);
        try {
          await connection[step]();
          connection.release();
        } catch (error) {
          connection.destroy();
          if (step === 'commit') throw toAwsError(error);
        }
      };
      const session: SqlSession = {
        run: (statement) =>
          open
            ? execute(connection, statement)
            : Promise.reject(databaseUnavailable('The transaction has ended')),
        commit: () => end('commit'),
        rollback: () => end('rollback'),
      };
      sessions.add(session);
      return session;
    },

    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...sessions].map((session) => session.rollback()));
      await Promise.all([...pools.values()].map((pool) => pool.end()));
    },
  };
}

function toAwsError(error: unknown): Error {
  if (error instanceof AwsError) return error;
  // A server error carries its number and message; a network failure has neither.
  const { errno, sqlMessage } = error as { errno?: unknown; sqlMessage?: unknown };
  if (typeof errno === 'number' && typeof sqlMessage === 'string') {
    return databaseError(errno, sqlMessage);
  }
  return databaseUnavailable(`The MySQL server is not available: ${messageOf(error)}`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
