import { describe, expect, it } from 'vitest';
import { sqliteErrorToMysql } from './sqliteErrorToMysql.js';

describe('sqliteErrorToMysql', () => {
  it.each([
    [
      'SQLITE_CONSTRAINT_UNIQUE',
      'UNIQUE constraint failed: items.sku',
      'INSERT',
      1062,
      "Duplicate entry for key 'items.sku'",
    ],
    [
      'SQLITE_CONSTRAINT_PRIMARYKEY',
      'UNIQUE constraint failed: items.sku',
      'INSERT',
      1062,
      "Duplicate entry for key 'PRIMARY'",
    ],
    [
      'SQLITE_CONSTRAINT_NOTNULL',
      'NOT NULL constraint failed: items.qty',
      'INSERT',
      1048,
      "Column 'qty' cannot be null",
    ],
    [
      'SQLITE_CONSTRAINT_FOREIGNKEY',
      'FOREIGN KEY constraint failed',
      'INSERT INTO c',
      1452,
      'Cannot add or update a child row',
    ],
    [
      'SQLITE_CONSTRAINT_FOREIGNKEY',
      'FOREIGN KEY constraint failed',
      ' DELETE FROM p',
      1451,
      'Cannot delete or update a parent row',
    ],
    [
      'SQLITE_CONSTRAINT_CHECK',
      'CHECK constraint failed: qty >= 0',
      'UPDATE',
      3819,
      "Check constraint 'qty >= 0' is violated.",
    ],
    ['SQLITE_ERROR', 'no such table: main.orders', 'SELECT', 1146, "Table 'orders' doesn't exist"],
    ['SQLITE_ERROR', 'no such column: colour', 'SELECT', 1054, "Unknown column 'colour' in 'field list'"],
    ['SQLITE_ERROR', 'table items has no column named colour', 'INSERT', 1054, "Unknown column 'colour'"],
    ['SQLITE_ERROR', 'table items already exists', 'CREATE', 1050, "Table 'items' already exists"],
    ['SQLITE_ERROR', 'index items_name already exists', 'CREATE', 1061, "Duplicate key name 'items_name'"],
    ['SQLITE_ERROR', 'duplicate column name: color', 'ALTER', 1060, "Duplicate column name 'color'"],
    ['SQLITE_ERROR', 'near "SELEC": syntax error', 'SELEC 1', 1064, 'You have an error in your SQL syntax'],
    ['SQLITE_BUSY', 'database is locked', 'UPDATE', 1205, 'Lock wait timeout exceeded'],
    ['SQLITE_FULL', 'database or disk is full', 'INSERT', 1105, 'SQLITE_FULL: database or disk is full'],
  ])('maps %s "%s" to MySQL error %i', (code, message, sql, mysqlCode, mysqlMessage) => {
    const mapped = sqliteErrorToMysql({ code, message }, sql);
    expect(mapped.code).toBe(mysqlCode);
    expect(mapped.message).toContain(mysqlMessage);
  });
});
