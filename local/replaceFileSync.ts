import { rmSync, renameSync, writeFileSync } from 'node:fs';

/**
 * Writes `text` to `file` whole or not at all: to a temporary file beside it (named after this process),
 * then renamed over it. A process ended mid-write, a full disk or a refused rename leaves the previous
 * file as it was, and no temporary file behind when the error could be seen.
 */
export function replaceFileSync(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
