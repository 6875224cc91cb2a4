import { accessSync, constants, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The file that marks a folder as a twin's state folder, so that `reset` never deletes anything else. */
export const STATE_MARKER = '.shopsync-state';

/**
 * Makes sure `dir` can hold the twin's state: creates it, checks it is writable, and marks it. Throws a
 * message naming the folder when it cannot, and when it is a non-empty folder that is not a state folder.
 */
export function prepareStateDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new Error(`The state folder ${dir} is not writable: ${(error as Error).message}`, { cause: error });
  }
  const marker = path.join(dir, STATE_MARKER);
  if (!existsSync(marker)) {
    if (readdirSync(dir).length > 0) {
      throw new Error(`${dir} is not empty and is not a ShopSync state folder; choose another with --state`);
    }
    writeFileSync(marker, 'ShopSync local twin state. `npm run reset` deletes this folder.\n');
  }
}

/** Deletes a state folder, refusing any folder `prepareStateDir` did not mark. Resolves to whether it existed. */
export function resetStateDir(dir: string): boolean {
  if (!existsSync(dir)) return false;
  if (!existsSync(path.join(dir, STATE_MARKER))) {
    throw new Error(`${dir} is not a ShopSync state folder (no ${STATE_MARKER}); not deleting it`);
  }
  rmSync(dir, { recursive: true, force: true });
  return true;
}
