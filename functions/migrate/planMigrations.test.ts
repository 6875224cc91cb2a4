import { describe, expect, it } from 'vitest';
import type { Migration } from './Migration.js';
import { planMigrations } from './planMigrations.js';

function migration(version: number): Migration {
  return {
    version,
    name: `${String(version).padStart(4, '0')}_step_${version}.sql`,
    checksum: String(version).repeat(64).slice(0, 64),
    statements: [`SELECT ${version}`],
  };
}

const m1 = migration(1);
const m2 = migration(2);
const m3 = migration(3);
const m4 = migration(4);
const all: readonly Migration[] = [m1, m2, m3, m4];

describe('planMigrations', () => {
  it('returns every migration on an empty database', () => {
    expect(planMigrations(all, [])).toEqual(all);
  });

  it('returns the pending migrations in version order', () => {
    const applied = [m1, m2].map(({ version, checksum }) => ({ version, checksum }));
    expect(planMigrations([m4, m3, m2, m1], applied).map((m) => m.version)).toEqual([3, 4]);
  });

  it('returns nothing when all are applied', () => {
    expect(
      planMigrations(
        all,
        all.map(({ version, checksum }) => ({ version, checksum })),
      ),
    ).toEqual([]);
  });

  it('applies a pending version below an applied one (a branch merged late)', () => {
    const applied = [m1, m3].map(({ version, checksum }) => ({ version, checksum }));
    expect(planMigrations(all, applied).map((m) => m.version)).toEqual([2, 4]);
  });

  it('rejects an applied migration whose file was edited', () => {
    expect(() => planMigrations(all, [{ version: 2, checksum: 'f'.repeat(64) }])).toThrow(
      'Migration 0002_step_2.sql was edited after it was applied',
    );
  });

  it('rejects an applied version that no longer has a file', () => {
    expect(() => planMigrations([m1, m2], [{ version: 3, checksum: m3.checksum }])).toThrow(
      'Migration version 3 is recorded in schema_migrations but no file has that version',
    );
  });

  it('rejects two migrations with one version', () => {
    expect(() => planMigrations([m1, { ...m2, version: 1 }], [])).toThrow('Two migrations have version 1');
  });
});
