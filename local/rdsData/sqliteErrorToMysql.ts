/** A MySQL error: the number product code tests, and a message in MySQL's wording where it can be had. */
export interface MysqlError {
  readonly code: number;
  readonly message: string;
}

interface Rule {
  readonly sqliteCode: string;
  readonly pattern: RegExp;
  readonly toMysql: (match: RegExpExecArray, sql: string) => MysqlError;
}

// The MySQL error numbers (server error reference, MySQL 8.0) for what SQLite reports in its own words. The
// value of a duplicate key is not in SQLite's message, so the 1062 text names the key only.
const RULES: readonly Rule[] = [
  {
    sqliteCode: 'SQLITE_CONSTRAINT_UNIQUE',
    pattern: /^UNIQUE constraint failed: (.*)$/,
    toMysql: (m) => ({ code: 1062, message: `Duplicate entry for key '${m[1]}' (${m[0]})` }),
  },
  {
    sqliteCode: 'SQLITE_CONSTRAINT_PRIMARYKEY',
    pattern: /^(?:UNIQUE|PRIMARY KEY) constraint failed: (.*)$/,
    toMysql: (m) => ({ code: 1062, message: `Duplicate entry for key 'PRIMARY' (${m[0]})` }),
  },
  {
    sqliteCode: 'SQLITE_CONSTRAINT_NOTNULL',
    pattern: /^NOT NULL constraint failed: (?:\w+\.)?(.*)$/,
    toMysql: (m) => ({ code: 1048, message: `Column '${m[1]}' cannot be null` }),
  },
  {
    sqliteCode: 'SQLITE_CONSTRAINT_FOREIGNKEY',
    pattern: /^FOREIGN KEY constraint failed$/,
    toMysql: (m, sql) =>
      /^\s*DELETE\b/i.test(sql)
        ? {
            code: 1451,
            message: `Cannot delete or update a parent row: a foreign key constraint fails (${m[0]})`,
          }
        : {
            code: 1452,
            message: `Cannot add or update a child row: a foreign key constraint fails (${m[0]})`,
          },
  },
  {
    sqliteCode: 'SQLITE_CONSTRAINT_CHECK',
    pattern: /^CHECK constraint failed: (.*)$/,
    toMysql: (m) => ({ code: 3819, message: `Check constraint '${m[1]}' is violated.` }),
  },
  {
    sqliteCode: 'SQLITE_ERROR',
    pattern: /^no such table: (?:\w+\.)?(.*)$/,
    toMysql: (m) => ({ code: 1146, message: `Table '${m[1]}' doesn't exist` }),
  },
  {
    sqliteCode: 'SQLITE_ERROR',
    pattern: /^(?:no such column: |table \S+ has no column named )(.*)$/,
    toMysql: (m) => ({ code: 1054, message: `Unknown column '${m[1]}' in 'field list'` }),
  },
  {
    sqliteCode: 'SQLITE_ERROR',
    pattern: /^(?:table|view) (.*) already exists$/,
    toMysql: (m) => ({ code: 1050, message: `Table '${m[1]}' already exists` }),
  },
  {
    sqliteCode: 'SQLITE_ERROR',
    pattern: /^index (.*) already exists$/,
    toMysql: (m) => ({ code: 1061, message: `Duplicate key name '${m[1]}'` }),
  },
  {
    sqliteCode: 'SQLITE_ERROR',
    pattern: /^duplicate column name: (.*)$/,
    toMysql: (m) => ({ code: 1060, message: `Duplicate column name '${m[1]}'` }),
  },
  {
    sqliteCode: 'SQLITE_ERROR',
    pattern: /^no such index: (.*)$/,
    toMysql: (m) => ({ code: 1091, message: `Can't DROP '${m[1]}'; check that column/key exists` }),
  },
  {
    sqliteCode: 'SQLITE_ERROR',
    pattern: /syntax error|incomplete input|unrecognized token/,
    toMysql: (m) => ({ code: 1064, message: `You have an error in your SQL syntax (${m.input})` }),
  },
];

/**
 * Maps a SQLite error (better-sqlite3's `code` and `message`) to the MySQL error the same statement gets
 * on MySQL, so that product code can test one number on both engines:
 *
 * | SQLite | MySQL |
 * | --- | --- |
 * | UNIQUE / PRIMARY KEY constraint failed | 1062 Duplicate entry |
 * | NOT NULL constraint failed | 1048 Column cannot be null |
 * | FOREIGN KEY constraint failed | 1452 (insert, update) or 1451 (delete) |
 * | CHECK constraint failed | 3819 Check constraint is violated |
 * | no such table | 1146 Table doesn't exist |
 * | no such column, has no column named | 1054 Unknown column |
 * | table / index already exists, duplicate column name | 1050 / 1061 / 1060 |
 * | no such index | 1091 Can't DROP |
 * | syntax error, incomplete input, unrecognized token | 1064 SQL syntax error |
 * | SQLITE_BUSY, SQLITE_LOCKED | 1205 Lock wait timeout exceeded |
 * | anything else | 1105 (ER_UNKNOWN_ERROR) with SQLite's code and message |
 */
export function sqliteErrorToMysql(
  error: { readonly code: string; readonly message: string },
  sql: string,
): MysqlError {
  for (const rule of RULES) {
    if (!error.code.startsWith(rule.sqliteCode)) continue;
    const match = rule.pattern.exec(error.message);
    if (match !== null) return rule.toMysql(match, sql);
  }
  if (error.code.startsWith('SQLITE_BUSY') || error.code.startsWith('SQLITE_LOCKED')) {
    return {
      code: 1205,
      message: `Lock wait timeout exceeded; try restarting transaction (${error.message})`,
    };
  }
  return { code: 1105, message: `${error.code}: ${error.message}` };
}
