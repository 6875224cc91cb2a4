import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * The CPU time a process has used so far, all its threads together (`utime` + `stime` of
 * `/proc/<pid>/stat`, fields 14 and 15), in clock ticks. The command name (field 2) may hold spaces and
 * parentheses, so the fields are counted from the last `)`.
 *
 * @example
 * parseCpuTicks('42 (node) S 1 42 42 0 -1 4194560 9 0 0 0 150 25 0 0 20 0 11 0 7 1 2 …') // => 175
 */
export function parseCpuTicks(stat: string): number {
  const close = stat.lastIndexOf(')');
  if (close < 0) throw new Error(`Not a /proc/<pid>/stat line: ${JSON.stringify(stat.slice(0, 80))}`);
  // After `)`: state is field 3, so utime (14) and stime (15) are the 12th and 13th from there.
  const fields = stat
    .slice(close + 2)
    .trim()
    .split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isSafeInteger(utime) || !Number.isSafeInteger(stime)) {
    throw new Error(`No utime and stime in /proc/<pid>/stat: ${JSON.stringify(stat.slice(0, 120))}`);
  }
  return utime + stime;
}

/**
 * The resident set size in bytes from `/proc/<pid>/status` (its `VmRSS:` line, which the kernel gives in
 * kB, meaning KiB).
 *
 * @example
 * parseVmRss('Name:\tnode\nVmRSS:\t  655360 kB\n') // => 671088640
 */
export function parseVmRss(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (match === null) throw new Error('No VmRSS line in /proc/<pid>/status (has the process ended?)');
  return Number(match[1]) * 1024;
}

/**
 * The parent pid of a process from its `/proc/<pid>/stat` line (field 4), counted from the last `)`.
 *
 * @example
 * parseParentPid('42 (node) S 7 42 42 0 -1 …') // => 7
 */
export function parseParentPid(stat: string): number {
  const close = stat.lastIndexOf(')');
  const ppid = Number(stat.slice(close + 2).split(' ')[1]);
  if (close < 0 || !Number.isSafeInteger(ppid)) {
    throw new Error(`Not a /proc/<pid>/stat line: ${JSON.stringify(stat.slice(0, 80))}`);
  }
  return ppid;
}

/** The CPU used between two readings, as a percentage of one core (200 = two cores busy throughout). */
export function cpuPercent(
  before: { readonly ticks: number; readonly atMs: number },
  after: { readonly ticks: number; readonly atMs: number },
  ticksPerSecond: number,
): number {
  const wallSeconds = (after.atMs - before.atMs) / 1000;
  if (wallSeconds <= 0) throw new Error('The second reading must come after the first');
  return ((after.ticks - before.ticks) / ticksPerSecond / wallSeconds) * 100;
}

/** A reading of a process's CPU ticks, with the wall time it was taken at. */
export interface CpuReading {
  readonly ticks: number;
  readonly atMs: number;
}

/** Reads a running process's CPU ticks now (Linux only). */
export function readCpu(pid: number): CpuReading {
  return { ticks: parseCpuTicks(readFileSync(`/proc/${pid}/stat`, 'utf8')), atMs: performance.now() };
}

/** Reads a running process's resident set size in bytes now (Linux only). */
export function readRss(pid: number): number {
  return parseVmRss(readFileSync(`/proc/${pid}/status`, 'utf8'));
}

/**
 * The resident set size in bytes of every process descended from `pid` (a build, an esbuild service),
 * `pid` itself excluded; 0 when it has none. Processes that end while they are read are skipped.
 */
export function readDescendantsRss(pid: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      parents.set(Number(entry), parseParentPid(readFileSync(`/proc/${entry}/stat`, 'utf8')));
    } catch {
      // ended meanwhile
    }
  }
  const descendants = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, parent] of parents) {
      if (descendants.has(parent) && !descendants.has(child)) {
        descendants.add(child);
        grew = true;
      }
    }
  }
  descendants.delete(pid);
  let bytes = 0;
  for (const child of descendants) {
    try {
      bytes += readRss(child);
    } catch {
      // ended meanwhile, or a zombie without memory
    }
  }
  return bytes;
}

/** Clock ticks per second (`getconf CLK_TCK`), the unit of `/proc/<pid>/stat`'s times; 100 if unknown. */
export function clockTicksPerSecond(): number {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isInteger(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
}
