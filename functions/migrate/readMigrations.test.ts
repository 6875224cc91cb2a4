import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMigrations } from './readMigrations.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shopsync-migrations-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(files: Readonly<Record<string, string>>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

describe('readMigrations', () => {
  it('reads the .sql files sorted by version, with statements and checksum', () => {
    const second = 'CREATE TABLE b (id INT);\n-- note\nCREATE INDEX b_id ON b (id);\n';
    write({
      '0010_add_b.sql': second,
      '0002_create_a.sql': 'CREATE TABLE a (id INT)',
      '00003_widen.sql': 'SELECT 1;',
      'README.md': '# not a migration',
      '.0001_hidden.sql': 'garbage',
    });
    mkdirSync(join(dir, '0004_a_folder.sql'));

    const migrations = readMigrations(dir);

    expect(migrations.map((m) => [m.version, m.name])).toEqual([
      [2, '0002_create_a.sql'],
      [3, '00003_widen.sql'],
      [10, '0010_add_b.sql'],
    ]);
    expect(migrations[2]).toEqual({
      version: 10,
      name: '0010_add_b.sql',
      checksum: createHash('sha256').update(second).digest('hex'),
      statements: ['CREATE TABLE b (id INT)', 'CREATE INDEX b_id ON b (id)'],
    });
    expect(migrations[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('returns no migration for a folder without .sql files', () => {
    write({ 'README.md': '# conventions' });
    expect(readMigrations(dir)).toEqual([]);
  });

  it.each(['001_short_version.sql', 'create_a.sql', '0001-create-a.sql', '0001_Create_A.sql', '0001_.sql'])(
    'rejects the badly named file %s, naming it',
    (name) => {
      write({ '0002_fine.sql': 'SELECT 1', [name]: 'SELECT 1' });
      expect(() => readMigrations(dir)).toThrow(`Bad migration file name "${name}"`);
    },
  );

  it('rejects two files with the same version, naming both', () => {
    write({ '0001_create_a.sql': 'SELECT 1', '00001_create_b.sql': 'SELECT 2' });
    expect(() => readMigrations(dir)).toThrow(/Duplicate migration version 1: "0000?1_create_[ab].sql" and/);
  });

  it('rejects a file with no statement and SQL it cannot split, naming the file', () => {
    write({ '0001_empty.sql': '-- nothing yet\n' });
    expect(() => readMigrations(dir)).toThrow('Migration "0001_empty.sql" contains no SQL statement');
    rmSync(join(dir, '0001_empty.sql'));
    write({ '0002_open_quote.sql': "INSERT INTO t VALUES ('x);" });
    expect(() => readMigrations(dir)).toThrow(
      `Cannot read migration "0002_open_quote.sql": Unterminated ' quote`,
    );
  });

  it('says which folder is missing', () => {
    expect(() => readMigrations(join(dir, 'nope'))).toThrow(
      `Cannot read the migrations folder ${join(dir, 'nope')}`,
    );
  });
});
