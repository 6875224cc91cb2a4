import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * A sha256 over the names and contents of every file below the given paths, in a stable order. A
 * deploy-time step carries it as a property so CloudFormation reruns the step when the files change.
 */
export function hashPaths(rootDir: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  const visit = (relative: string): void => {
    const absolute = path.join(rootDir, relative);
    if (statSync(absolute).isDirectory()) {
      for (const name of readdirSync(absolute).sort()) visit(path.join(relative, name));
      return;
    }
    hash.update(relative).update('\0').update(readFileSync(absolute)).update('\0');
  };
  for (const entry of [...paths].sort()) visit(entry);
  return hash.digest('hex');
}
