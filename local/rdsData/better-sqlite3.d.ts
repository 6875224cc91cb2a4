// better-sqlite3 12 ships no types and @types/better-sqlite3 is not installed: this declares the part of
// its API the Data API twin uses (https://github.com/WiseLibs/better-sqlite3/blob/master/docs/api.md).
declare module 'better-sqlite3' {
  namespace Database {
    interface ColumnDefinition {
      /** The column's name or alias in the result. */
      name: string;
      /** The table column it reads, or null for an expression. */
      column: string | null;
      table: string | null;
      database: string | null;
      /** The declared type (`VARCHAR(20)`), or null for an expression. */
      type: string | null;
    }

    interface RunResult {
      changes: number;
      lastInsertRowid: number | bigint;
    }

    interface Statement {
      /** True for a statement that returns rows (SELECT, or anything with RETURNING). */
      readonly reader: boolean;
      run(parameters?: Readonly<Record<string, unknown>>): RunResult;
      all(parameters?: Readonly<Record<string, unknown>>): unknown[];
      raw(toggle?: boolean): this;
      safeIntegers(toggle?: boolean): this;
      columns(): ColumnDefinition[];
    }

    interface Connection {
      readonly open: boolean;
      readonly inTransaction: boolean;
      prepare(sql: string): Statement;
      exec(sql: string): this;
      pragma(source: string): unknown;
      close(): this;
    }

    interface SqliteError extends Error {
      /** `SQLITE_CONSTRAINT_UNIQUE`, `SQLITE_ERROR`, ... */
      readonly code: string;
    }
  }

  const Database: {
    new (filename: string): Database.Connection;
    readonly SqliteError: new (message: string, code: string) => Database.SqliteError;
  };
  export = Database;
}
