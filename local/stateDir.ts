import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

/** The file that marks a folder as a twin's state folder, so that `reset` never deletes anything else. */
export const STATE_MARKER = '.shopsync-state';

/**
 * The file that names the process whose twin uses the folder (its pid): `prepareStateDir` writes it,
 * `releaseStateDir` removes it. One left by a process that has ended (a crash) is stale and ignored.
 */
export const STATE_HOLDER = 'twin.pid';

/**
 * Makes sure `dir` can hold the twin's state: creates it, checks it is writable, marks it, and records
 * this process as its holder. Throws a message naming the folder when it cannot, when it is a non-empty
 * folder that is not a state folder, and when another live process holds it (naming that process).
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
  const holder = stateDirHolder(dir);
  if (holder !== undefined && holder !== process.pid) {
    throw new Error(
      `The state folder ${dir} is in use by process ${holder}, a twin started on it: stop that twin first, ` +
        `or choose another folder with --state${staleHint(dir, holder)}`,
    );
  }
  writeFileSync(path.join(dir, STATE_HOLDER), `${process.pid}\n`);
}

/**
 * The live process recorded as the holder of `dir` (this one included), or undefined when none is: no
 * holder file, or one naming a process that has ended.
 */
export function stateDirHolder(dir: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(dir, STATE_HOLDER), 'utf8');
  } catch (error) {
    // No holder file, or no folder (ENOTDIR: the state path is a file).
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw error;
  }
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

/** Gives `dir` up: removes the holder file when it names this process. For a twin that has stopped. */
export function releaseStateDir(dir: string): void {
  if (stateDirHolder(dir) === process.pid) unlinkSync(path.join(dir, STATE_HOLDER));
}

/**
 * Deletes a state folder, refusing any folder `prepareStateDir` did not mark, and one that another live
 * process holds (its twin would go on writing into a deleted folder), naming that process. Answers
 * whether the folder existed.
 */
export function resetStateDir(dir: string): boolean {
  if (!existsSync(dir)) return false;
  if (!existsSync(path.join(dir, STATE_MARKER))) {
    throw new Error(`${dir} is not a ShopSync state folder (no ${STATE_MARKER}); not deleting it`);
  }
  const holder = stateDirHolder(dir);
  if (holder !== undefined && holder !== process.pid) {
    throw new Error(
      `${dir} is in use by process ${holder}, a twin started on it; not deleting it. Stop that twin first ` +
        `(Ctrl-C where it runs, or kill ${holder}), then reset${staleHint(dir, holder)}`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
  return true;
}

// A pid is reused once its process has ended: the file may name an unrelated process after a crash.
function staleHint(dir: string, holder: number): string {
  return ` (if process ${holder} is no ShopSync twin, delete ${path.join(dir, STATE_HOLDER)})`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
