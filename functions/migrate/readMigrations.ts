import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Migration } from './Migration.js';
import { splitStatements } from './splitStatements.js';

// NNNN_description.sql: a version of 4 or more digits, then a lower-case snake_case description.
const FILE_NAME = /^(\d{4,})_([a-z0-9]+(?:_[a-z0-9]+)*)\.sql$/;

/**
 * Reads every `*.sql` file of `dir` as a migration, sorted by version.
 *
 * Other files (such as `README.md`) and dot-files are ignored. Throws an Error naming the file for a
 * `.sql` file whose name is not `NNNN_description.sql`, for two files with the same version (`0001_a.sql`
 * and `00001_b.sql` are both version 1), for a file with no statement, and for SQL the splitter cannot
 * read (an unterminated quote or comment).
 */
export function readMigrations(dir: string): Migration[] {
  const migrations: Migration[] = [];
  const fileByVersion = new Map<number, string>();
  for (const file of listSqlFiles(dir)) {
    const match = FILE_NAME.exec(file);
    if (match?.[1] === undefined) {
      throw new Error(
        `Bad migration file name "${file}" in ${dir}: expected NNNN_description.sql ` +
          '(4 or more digits, an underscore, then lower-case words joined by underscores)',
      );
    }
    const version = Number(match[1]);
    if (!Number.isSafeInteger(version)) throw new Error(`Migration version of "${file}" is too large`);
    const other = fileByVersion.get(version);
    if (other !== undefined) {
      throw new Error(`Duplicate migration version ${version}: "${other}" and "${file}" in ${dir}`);
    }
    fileByVersion.set(version, file);

    const text = readFileSync(join(dir, file), 'utf8');
    let statements: readonly string[];
    try {
      statements = splitStatements(text);
    } catch (error) {
      throw new Error(`Cannot read migration "${file}": ${(error as Error).message}`, { cause: error });
    }
    if (statements.length === 0) throw new Error(`Migration "${file}" contains no SQL statement`);
    const checksum = createHash('sha256').update(text, 'utf8').digest('hex');
    migrations.push({ version, name: file, checksum, statements });
  }
  return migrations.sort((a, b) => a.version - b.version);
}

function listSqlFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new Error(`Cannot read the migrations folder ${dir}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && /\.sql$/i.test(entry.name))
    .map((entry) => entry.name);
}
