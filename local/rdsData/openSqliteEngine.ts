import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AwsError } from '../AwsError.js';
import { databaseError, databaseUnavailable } from './dataApiErrors.js';
import type { CompiledStatement, SqlEngine, SqlSession, SqlValue, StatementResult } from './SqlEngine.js';
import { sqliteColumn } from './sqliteColumn.js';
import type { SqliteColumnInfo } from './sqliteColumn.js';
import { sqliteErrorToMysql } from './sqliteErrorToMysql.js';
import { WriterLock } from './WriterLock.js';

export interface SqliteEngineOptions {
  /** The one database this engine serves; another name is answered as MySQL answers an unknown one. */
  readonly database: string;
  /** Folder of `<database>.sqlite`; undefined keeps the database in memory. */
  readonly stateDir?: string;
  /** How long a statement or BeginTransaction waits for an open transaction to end (MySQL error 1205). */
  readonly lockWaitTimeoutMs: number;
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Opens the SQLite engine: one better-sqlite3 connection to `<stateDir>/<database>.sqlite` (WAL journal)
 * or to memory, with foreign keys enforced as InnoDB does.
 *
 * Concurrency: SQLite allows one writer, and one connection serves every call, so transactions are
 * serialised by a `WriterLock`. BeginTransaction waits until the open transaction (if any) ends, and every
 * statement outside a transaction waits for it too: it cannot read that transaction's uncommitted rows,
 * but it waits where MySQL would read the last committed ones. A wait longer than `lockWaitTimeoutMs`
 * fails with MySQL error 1205. Statements run synchronously, so nothing interleaves within one.
 */
export function openSqliteEngine(options: SqliteEngineOptions): SqlEngine {
  let filename = ':memory:';
  if (options.stateDir !== undefined) {
    mkdirSync(options.stateDir, { recursive: true });
    filename = join(options.stateDir, `${options.database}.sqlite`);
  }
  const db = new Database(filename);
  if (options.stateDir !== undefined) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');

  const lock = new WriterLock();
  const statements = new Map<string, Database.Statement>();
  const tables = new Map<string, ReadonlyMap<string, SqliteColumnInfo>>();
  let closed = false;

  const lockTimeout = (): AwsError =>
    databaseError(1205, 'Lock wait timeout exceeded; try restarting transaction');

  const checkOpen = (database: string): void => {
    if (closed) throw databaseUnavailable('The Data API twin is stopping');
    if (database !== options.database) throw databaseError(1049, `Unknown database '${database}'`);
  };

  const prepare = (sql: string): Database.Statement => {
    const cached = statements.get(sql);
    if (cached !== undefined) return cached;
    const statement = db.prepare(sql);
    if (statement.reader) statement.raw(true);
    statement.safeIntegers(true);
    if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
    statements.set(sql, statement);
    return statement;
  };

  const columnsOf = (table: string): ReadonlyMap<string, SqliteColumnInfo> => {
    let columns = tables.get(table);
    if (columns === undefined) {
      const rows = db.prepare(`PRAGMA table_info("${table.replaceAll('"', '""')}")`).all() as {
        name: string;
        type: string;
        notnull: number;
        pk: number;
      }[];
      const keyColumns = rows.filter((row) => row.pk > 0);
      columns = new Map(
        rows.map((row) => [
          row.name,
          {
            notNull: row.notnull === 1 || row.pk > 0,
            rowidAlias: keyColumns.length === 1 && row.pk > 0 && row.type.toUpperCase() === 'INTEGER',
          },
        ]),
      );
      tables.set(table, columns);
    }
    return columns;
  };

  const execute = (statement: CompiledStatement): StatementResult => {
    try {
      const prepared = prepare(statement.sql);
      const values = bindable(statement.values);
      if (prepared.reader) {
        const rows = prepared.all(values) as unknown[][];
        const columns = prepared
          .columns()
          .map((definition, index) =>
            sqliteColumn(
              definition,
              definition.table !== null && definition.column !== null
                ? columnsOf(definition.table).get(definition.column)
                : undefined,
              rows.find((row) => row[index] !== null)?.[index],
            ),
          );
        return { columns, rows, rowsAffected: 0, insertId: undefined };
      }
      const result = prepared.run(values);
      const verb = firstWord(statement.sql);
      if (verb === 'CREATE' || verb === 'ALTER' || verb === 'DROP') {
        statements.clear();
        tables.clear();
      }
      const modifies = verb === 'INSERT' || verb === 'UPDATE' || verb === 'DELETE' || verb === 'REPLACE';
      return {
        columns: [],
        rows: undefined,
        rowsAffected: modifies ? result.changes : 0,
        insertId: generatedKey(statement.sql, result),
      };
    } catch (error) {
      throw toAwsError(error, statement.sql);
    }
  };

  // Like MySQL's insert id: only an insert into a table whose key the database assigns (INTEGER PRIMARY
  // KEY, SQLite's AUTO_INCREMENT) generates one.
  const generatedKey = (sql: string, result: Database.RunResult): number | undefined => {
    if (result.changes === 0) return undefined;
    const table = /^\s*INSERT\s+(?:OR\s+\w+\s+)?INTO\s+(?:"([^"]+)"|`([^`]+)`|([\w$]+))/i.exec(sql);
    const name = table?.[1] ?? table?.[2] ?? table?.[3];
    if (name === undefined) return undefined;
    const aliased = [...columnsOf(name).values()].some((column) => column.rowidAlias);
    return aliased ? Number(result.lastInsertRowid) : undefined;
  };

  return {
    kind: 'sqlite',

    // With the lock free the statement runs at once, before this returns its promise.
    async run(database, statement) {
      checkOpen(database);
      if (lock.free) return execute(statement);
      await lock.acquire(options.lockWaitTimeoutMs, lockTimeout);
      try {
        return execute(statement);
      } finally {
        lock.release();
      }
    },

    async begin(database): Promise<SqlSession> {
      checkOpen(database);
      await lock.acquire(options.lockWaitTimeoutMs, lockTimeout);
      try {
        db.exec('BEGIN');
      } catch (error) {
        lock.release();
        throw toAwsError(error, 'BEGIN');
      }
      let open = true;
      const end = (sql: 'COMMIT' | 'ROLLBACK'): void => {
        if (!open) return;
        open = false;
        try {
          if (db.open && db.inTransaction) db.exec(sql);
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw toAwsError(error, sql);
        } finally {
          lock.release();
        }
      };
      return {
        run: (statement) =>
          settle(() => {
            if (!open) throw databaseUnavailable('The transaction has ended');
            return execute(statement);
          }),
        commit: () => settle(() => end('COMMIT')),
        rollback: () => settle(() => end('ROLLBACK')),
      };
    },

    close: () =>
      settle(() => {
        if (closed) return;
        closed = true;
        lock.abort(databaseUnavailable('The Data API twin is stopping'));
        if (db.inTransaction) db.exec('ROLLBACK');
        db.close();
      }),
  };
}

// better-sqlite3 binds a JS number as REAL, so a long travels as a bigint, and it cannot bind a boolean.
function bindable(values: Readonly<Record<string, SqlValue>>): Record<string, unknown> {
  const bound: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    bound[name] = typeof value === 'boolean' ? (value ? 1n : 0n) : value;
  }
  return bound;
}

/** The result of synchronous `work` as a promise: better-sqlite3 is synchronous, the SqlEngine is not. */
function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function firstWord(sql: string): string {
  return /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
}

function toAwsError(error: unknown, sql: string): Error {
  if (error instanceof AwsError) return error;
  if (error instanceof Database.SqliteError) {
    const mapped = sqliteErrorToMysql(error, sql);
    return databaseError(mapped.code, mapped.message);
  }
  if (error instanceof RangeError && /more than one statement/.test(error.message)) {
    return databaseError(1064, `You have an error in your SQL syntax (${error.message})`);
  }
  if (error instanceof Error) return databaseError(1105, error.message);
  return databaseError(1105, String(error));
}
