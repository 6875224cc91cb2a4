import type { FieldPacket } from 'mysql2/promise';
import type { ColumnKind, ResultColumn } from './SqlEngine.js';

// MySQL protocol column types (include/field_types.h) and column flags (include/mysql_com.h).
const T = {
  DECIMAL: 0,
  TINY: 1,
  SHORT: 2,
  LONG: 3,
  FLOAT: 4,
  DOUBLE: 5,
  NULL: 6,
  TIMESTAMP: 7,
  LONGLONG: 8,
  INT24: 9,
  DATE: 10,
  TIME: 11,
  DATETIME: 12,
  YEAR: 13,
  NEWDATE: 14,
  VARCHAR: 15,
  BIT: 16,
  JSON: 245,
  NEWDECIMAL: 246,
  ENUM: 247,
  SET: 248,
  TINY_BLOB: 249,
  MEDIUM_BLOB: 250,
  LONG_BLOB: 251,
  BLOB: 252,
  VAR_STRING: 253,
  STRING: 254,
  GEOMETRY: 255,
} as const;
const NOT_NULL_FLAG = 1;
const UNSIGNED_FLAG = 32;
const AUTO_INCREMENT_FLAG = 512;
const BINARY_CHARSET = 63;
// utf8mb3 collation ids; other utf8 collations are utf8mb4 (4 bytes per character).
const UTF8MB3_CHARSETS = new Set([33, 83, 223, ...Array.from({ length: 24 }, (_, i) => 192 + i)]);

interface TypeInfo {
  readonly kind: ColumnKind;
  readonly typeName: string;
  readonly jdbcType: number;
}

/**
 * Describes a MySQL/MariaDB result column from its protocol definition: the conversion of its values and
 * its Data API metadata, with type names and `java.sql.Types` codes as MySQL Connector/J reports them
 * (TINYINT(1) and BIT(1) as `BIT`, -7, which the Data API returns as `booleanValue`).
 */
export function mysqlColumn(field: FieldPacket): ResultColumn {
  const type = field.columnType ?? field.type ?? T.VAR_STRING;
  const flags = typeof field.flags === 'number' ? field.flags : 0;
  const length = field.columnLength ?? 0;
  const binary = field.characterSet === BINARY_CHARSET;
  const info = typeInfo(type, length, binary, field.extendedFormat === 'json');
  const unsigned = (flags & UNSIGNED_FLAG) !== 0;
  const numeric = info.kind === 'long' || info.kind === 'double' || info.kind === 'decimal';
  const textual = info.kind === 'string' && !binary;
  return {
    kind: info.kind,
    name: field.orgName || field.name,
    label: field.name,
    typeName: numeric && unsigned ? `${info.typeName} UNSIGNED` : info.typeName,
    jdbcType: info.jdbcType,
    tableName: field.orgTable || field.table || '',
    isAutoIncrement: (flags & AUTO_INCREMENT_FLAG) !== 0,
    isSigned: numeric && !unsigned,
    isCaseSensitive: binary,
    nullable: (flags & NOT_NULL_FLAG) !== 0 ? 0 : 1,
    precision: precisionOf(info.kind, field, length, unsigned, textual),
    scale: info.kind === 'decimal' ? field.decimals : 0,
  };
}

function typeInfo(type: number, length: number, binary: boolean, json: boolean): TypeInfo {
  if (json) return { kind: 'string', typeName: 'JSON', jdbcType: -1 };
  switch (type) {
    case T.TINY:
      return length === 1
        ? { kind: 'boolean', typeName: 'BIT', jdbcType: -7 }
        : { kind: 'long', typeName: 'TINYINT', jdbcType: -6 };
    case T.BIT:
      return length === 1
        ? { kind: 'boolean', typeName: 'BIT', jdbcType: -7 }
        : { kind: 'blob', typeName: 'BIT', jdbcType: -7 };
    case T.SHORT:
      return { kind: 'long', typeName: 'SMALLINT', jdbcType: 5 };
    case T.INT24:
      return { kind: 'long', typeName: 'MEDIUMINT', jdbcType: 4 };
    case T.LONG:
      return { kind: 'long', typeName: 'INT', jdbcType: 4 };
    case T.LONGLONG:
      return { kind: 'long', typeName: 'BIGINT', jdbcType: -5 };
    case T.YEAR:
      return { kind: 'long', typeName: 'YEAR', jdbcType: 91 };
    case T.FLOAT:
      return { kind: 'double', typeName: 'FLOAT', jdbcType: 7 };
    case T.DOUBLE:
      return { kind: 'double', typeName: 'DOUBLE', jdbcType: 8 };
    case T.DECIMAL:
    case T.NEWDECIMAL:
      return { kind: 'decimal', typeName: 'DECIMAL', jdbcType: 3 };
    case T.DATE:
    case T.NEWDATE:
      return { kind: 'datetime', typeName: 'DATE', jdbcType: 91 };
    case T.TIME:
      return { kind: 'datetime', typeName: 'TIME', jdbcType: 92 };
    case T.DATETIME:
      return { kind: 'datetime', typeName: 'DATETIME', jdbcType: 93 };
    case T.TIMESTAMP:
      return { kind: 'datetime', typeName: 'TIMESTAMP', jdbcType: 93 };
    case T.JSON:
      return { kind: 'string', typeName: 'JSON', jdbcType: -1 };
    case T.ENUM:
      return { kind: 'string', typeName: 'ENUM', jdbcType: 1 };
    case T.SET:
      return { kind: 'string', typeName: 'SET', jdbcType: 1 };
    case T.NULL:
      return { kind: 'dynamic', typeName: 'NULL', jdbcType: 0 };
    case T.GEOMETRY:
      return { kind: 'blob', typeName: 'GEOMETRY', jdbcType: -2 };
    case T.TINY_BLOB:
    case T.MEDIUM_BLOB:
    case T.LONG_BLOB:
    case T.BLOB:
      return binary
        ? { kind: 'blob', typeName: 'BLOB', jdbcType: -4 }
        : { kind: 'string', typeName: 'TEXT', jdbcType: -1 };
    case T.STRING:
      return binary
        ? { kind: 'blob', typeName: 'BINARY', jdbcType: -2 }
        : { kind: 'string', typeName: 'CHAR', jdbcType: 1 };
    default:
      return binary
        ? { kind: 'blob', typeName: 'VARBINARY', jdbcType: -3 }
        : { kind: 'string', typeName: 'VARCHAR', jdbcType: 12 };
  }
}

// The protocol's column length counts bytes, and for DECIMAL(M,D) also the sign and the point; JDBC's
// precision is M, or the length in characters.
function precisionOf(
  kind: ColumnKind,
  field: FieldPacket,
  length: number,
  unsigned: boolean,
  textual: boolean,
): number {
  if (kind === 'decimal') return length - (field.decimals > 0 ? 1 : 0) - (unsigned ? 0 : 1);
  return textual ? Math.floor(length / bytesPerChar(field)) : length;
}

function bytesPerChar(field: FieldPacket): number {
  if (field.encoding !== 'utf8') return 1;
  return UTF8MB3_CHARSETS.has(field.characterSet ?? 0) ? 3 : 4;
}
