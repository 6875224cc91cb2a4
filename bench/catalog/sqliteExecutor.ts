import type { SqlParameter } from '@aws-sdk/client-rds-data';
import type Database from 'better-sqlite3';
import type { SqlExecutor, SqlRow } from '../../functions/lib/sql/SqlExecutor.js';

type Bound = string | number | bigint | Buffer | null;

/**
 * A `SqlExecutor` straight on a better-sqlite3 connection, in-process: the functions' own statements
 * (`:name` placeholders, Data API `SqlParameter`s) bound by name, each statement prepared once, rows as
 * objects keyed by column, as the Data API's `formatRecordsAs: JSON` gives them. The bare baseline the
 * catalog benchmark sets against the Data API twin; no transaction may nest.
 *
 * @example
 * const db = sqliteExecutor(new Database('shopsync.sqlite'));
 * await db.query(selectProduct(id)) // => [{ id, sku, name, … }]
 */
export function sqliteExecutor(db: Database.Database): SqlExecutor {
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  let inTransaction = false;
  const executor: SqlExecutor = {
    query: (request) => Promise.resolve(prepared(request.sql).all(bindings(request.parameters)) as SqlRow[]),
    execute: (request) => Promise.resolve(prepared(request.sql).run(bindings(request.parameters)).changes),
    async transaction(work) {
      if (inTransaction) throw new Error('Transactions do not nest');
      inTransaction = true;
      db.exec('BEGIN');
      try {
        const result = await work(executor);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      } finally {
        inTransaction = false;
      }
    },
  };
  return executor;
}

/** The Data API parameters as better-sqlite3's named bindings (`:name` → `{ name: value }`). */
export function bindings(parameters: readonly SqlParameter[]): Record<string, Bound> {
  const bound: Record<string, Bound> = {};
  for (const { name, value } of parameters) {
    if (name === undefined || value === undefined)
      throw new Error('Every parameter needs a name and a value');
    bound[name] = boundValue(name, value);
  }
  return bound;
}

function boundValue(name: string, value: NonNullable<SqlParameter['value']>): Bound {
  if (value.isNull) return null;
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.longValue !== undefined) return value.longValue;
  if (value.doubleValue !== undefined) return value.doubleValue;
  if (value.booleanValue !== undefined) return value.booleanValue ? 1 : 0;
  if (value.blobValue !== undefined) return Buffer.from(value.blobValue);
  throw new Error(`Parameter ${name} has a value the baseline does not bind: ${JSON.stringify(value)}`);
}
