import { describe, expect, it } from 'vitest';
import { MigrationFailedError } from './MigrationFailedError.js';

describe('MigrationFailedError', () => {
  it('names the migration and the statement, and keeps the cause', () => {
    const cause = new Error('Table already exists');
    const migration = {
      version: 3,
      name: '0003_add_orders.sql',
      checksum: 'c'.repeat(64),
      statements: ['CREATE TABLE a (id INT)', 'CREATE TABLE orders (\n  id CHAR(26)\n)'],
    };
    const error = new MigrationFailedError(migration, 1, cause);
    expect(error.message).toBe(
      'Migration 0003_add_orders.sql (version 3) failed at statement 2 of 2 ' +
        '[CREATE TABLE orders ( id CHAR(26) )]: Error: Table already exists',
    );
    expect(error).toMatchObject({ name: 'MigrationFailedError', version: 3, statementIndex: 1, cause });
  });
});
