import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Folders that hold no build input: dependencies, build outputs and test leftovers (as `.gitignore`
 * lists them). Folders whose name starts with a dot (`.git`, the default state folder `.shopsync`) are
 * skipped too, and so is any folder holding `stopAt` (a state folder placed elsewhere).
 */
const NOT_SOURCES = new Set(['node_modules', 'build', 'dist', 'cdk.out', 'coverage', 'test-results']);

/**
 * A digest of what the files under `dirs` are: each one's path (relative to its folder), size and
 * modification time, in a stable order. Equal digests mean that no file was added, removed, resized or
 * written since (a write within the same millisecond that keeps the size aside). A folder that does not
 * exist counts as empty. With `sources`, the folders `NOT_SOURCES` names, dot-folders and folders that
 * hold a file named `sources.stopAt` are left out: the digest of a repository's build inputs.
 *
 * @example filesDigest([ROOT_DIR], { stopAt: '.shopsync-state' }) // changes when any source file does
 */
export function filesDigest(dirs: readonly string[], sources?: { readonly stopAt: string }): string {
  const hash = createHash('sha256');
  const walk = (dir: string, relative: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    if (sources && entries.some((entry) => entry.name === sources.stopAt)) return;
    for (const entry of entries) {
      const file = path.join(dir, entry.name);
      const name = `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (sources && (NOT_SOURCES.has(entry.name) || entry.name.startsWith('.'))) continue;
        walk(file, name);
      } else if (entry.isFile()) {
        const stat = statSync(file);
        hash.update(`${name}\0${stat.size}\0${stat.mtimeMs}\n`);
      }
    }
  };
  for (const [index, dir] of dirs.entries()) {
    hash.update(`${index}\n`);
    if (existsSync(dir)) walk(dir, '');
  }
  return hash.digest('hex');
}
