import type Database from 'better-sqlite3';
import type { ColumnKind, ResultColumn } from './SqlEngine.js';

/** What `PRAGMA table_info` says of a table column. */
export interface SqliteColumnInfo {
  readonly notNull: boolean;
  /** An `INTEGER PRIMARY KEY`: an alias of the rowid, assigned on insert like AUTO_INCREMENT. */
  readonly rowidAlias: boolean;
}

interface TypeInfo {
  readonly kind: ColumnKind;
  readonly typeName: string;
  readonly jdbcType: number;
}

/**
 * Describes a SQLite result column the way `mysqlColumn` describes a MySQL one, from its declared type
 * (the MySQL type names of the project's SQL subset: BIGINT, INT, VARCHAR(n), CHAR(n), TEXT, DECIMAL(p,s),
 * DOUBLE, BOOLEAN, DATETIME, BLOB, ...). An expression has no declared type: `sample` (its first non-null
 * value) names the type, and each value converts by its storage class. SQLite compares text case-sensitively
 * (BINARY collation), so text columns report `isCaseSensitive`.
 */
export function sqliteColumn(
  definition: Database.ColumnDefinition,
  info: SqliteColumnInfo | undefined,
  sample: unknown,
): ResultColumn {
  const declared = definition.type?.trim() ?? '';
  const size = /\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\)/.exec(declared);
  const type = declared === '' ? byValue(sample) : byDeclaredType(declared.toUpperCase());
  const numeric = type.kind === 'long' || type.kind === 'double' || type.kind === 'decimal';
  return {
    kind: type.kind,
    name: definition.column ?? definition.name,
    label: definition.name,
    typeName: type.typeName,
    jdbcType: type.jdbcType,
    tableName: definition.table ?? '',
    isAutoIncrement: info?.rowidAlias ?? false,
    isSigned: numeric,
    isCaseSensitive: type.kind === 'string' || type.kind === 'blob',
    nullable: info === undefined ? 1 : info.notNull ? 0 : 1,
    precision: Number(size?.[1] ?? 0),
    scale: Number(size?.[2] ?? 0),
  };
}

function byDeclaredType(declared: string): TypeInfo {
  const base = declared.replace(/\s*\(.*$/, '').replace(/\s+UNSIGNED$/, '');
  if (base === 'BOOLEAN' || base === 'BOOL' || /^TINYINT\s*\(\s*1\s*\)/.test(declared)) {
    return { kind: 'boolean', typeName: 'BIT', jdbcType: -7 };
  }
  switch (base) {
    case 'BIGINT':
      return { kind: 'long', typeName: 'BIGINT', jdbcType: -5 };
    case 'INT':
    case 'INTEGER':
    case 'MEDIUMINT':
      return { kind: 'long', typeName: 'INT', jdbcType: 4 };
    case 'SMALLINT':
      return { kind: 'long', typeName: 'SMALLINT', jdbcType: 5 };
    case 'TINYINT':
      return { kind: 'long', typeName: 'TINYINT', jdbcType: -6 };
    case 'DECIMAL':
    case 'NUMERIC':
      return { kind: 'decimal', typeName: 'DECIMAL', jdbcType: 3 };
    case 'REAL':
    case 'DOUBLE':
    case 'DOUBLE PRECISION':
      return { kind: 'double', typeName: 'DOUBLE', jdbcType: 8 };
    case 'FLOAT':
      return { kind: 'double', typeName: 'FLOAT', jdbcType: 7 };
    case 'DATE':
      return { kind: 'datetime', typeName: 'DATE', jdbcType: 91 };
    case 'TIME':
      return { kind: 'datetime', typeName: 'TIME', jdbcType: 92 };
    case 'DATETIME':
    case 'TIMESTAMP':
      return { kind: 'datetime', typeName: base, jdbcType: 93 };
    case 'CHAR':
      return { kind: 'string', typeName: 'CHAR', jdbcType: 1 };
    case 'VARCHAR':
      return { kind: 'string', typeName: 'VARCHAR', jdbcType: 12 };
    case 'JSON':
      return { kind: 'string', typeName: 'JSON', jdbcType: -1 };
    case 'BLOB':
    case 'TINYBLOB':
    case 'MEDIUMBLOB':
    case 'LONGBLOB':
      return { kind: 'blob', typeName: 'BLOB', jdbcType: -4 };
    case 'BINARY':
      return { kind: 'blob', typeName: 'BINARY', jdbcType: -2 };
    case 'VARBINARY':
      return { kind: 'blob', typeName: 'VARBINARY', jdbcType: -3 };
  }
  // SQLite's type affinity rules (datatype3.html, 3.1) for any other declared type.
  if (base.includes('INT')) return { kind: 'long', typeName: 'BIGINT', jdbcType: -5 };
  if (/CHAR|CLOB|TEXT/.test(base)) return { kind: 'string', typeName: 'TEXT', jdbcType: -1 };
  if (/REAL|FLOA|DOUB/.test(base)) return { kind: 'double', typeName: 'DOUBLE', jdbcType: 8 };
  return { kind: 'dynamic', typeName: base, jdbcType: 1111 };
}

function byValue(sample: unknown): TypeInfo {
  if (typeof sample === 'bigint') return { kind: 'dynamic', typeName: 'BIGINT', jdbcType: -5 };
  if (typeof sample === 'number') return { kind: 'dynamic', typeName: 'DOUBLE', jdbcType: 8 };
  if (typeof sample === 'string') return { kind: 'dynamic', typeName: 'VARCHAR', jdbcType: 12 };
  if (Buffer.isBuffer(sample)) return { kind: 'dynamic', typeName: 'BLOB', jdbcType: -4 };
  return { kind: 'dynamic', typeName: 'NULL', jdbcType: 0 };
}
