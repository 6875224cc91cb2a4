import { readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

// State folders held by twins of this process.
const held = new Set<string>();

/**
 * Claims `stateDir` for one DynamoDB twin, through a pid file (`dynamodb.pid`), and resolves to the
 * function that gives it back. A folder held by a live twin, in this process or another, is refused with
 * an actionable error: LevelDB would refuse it too, but only later, as an exception nobody can catch
 * that leaves the request hanging. A pid file left by a process that is gone is taken over.
 */
export async function claimStateDir(stateDir: string): Promise<() => Promise<void>> {
  const dir = path.resolve(stateDir);
  const file = path.join(dir, 'dynamodb.pid');
  const holder = await readPid(file);
  if (held.has(dir) || (holder !== undefined && holder !== process.pid && isAlive(holder))) {
    throw new Error(
      `The DynamoDB state in ${dir} is in use by ${held.has(dir) ? 'another twin in this process' : `process ${holder}`}: stop that twin first, or give this one another state folder`,
    );
  }
  held.add(dir);
  await writeFile(file, String(process.pid));
  return async () => {
    held.delete(dir);
    await unlink(file).catch(() => undefined);
  };
}

async function readPid(file: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt(await readFile(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
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
