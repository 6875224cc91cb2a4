import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Where a process hangs in the process tree. */
export interface ProcessLink {
  readonly pid: number;
  /** Its parent: the process that started it, or the one it was handed to when that one ended. */
  readonly ppid: number;
  /** Its process group: a terminal's job (`npm start` and all it starts) is one group. */
  readonly pgid: number;
}

/**
 * The links of those of `pids` that run: read from `/proc` on Linux, from `ps` on other Unix systems.
 * A process that has ended is absent, a zombie (ended, not yet reaped) included. Empty where neither
 * source exists (Windows).
 */
export function processLinks(pids: readonly number[]): ReadonlyMap<number, ProcessLink> {
  if (pids.length === 0) return new Map();
  return process.platform === 'linux'
    ? fromProc(pids)
    : process.platform === 'win32'
      ? new Map()
      : fromPs(pids);
}

function fromProc(pids: readonly number[]): Map<number, ProcessLink> {
  const links = new Map<number, ProcessLink>();
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // ended
    }
    // `pid (command) state ppid pgrp …`: the command may hold spaces and parentheses, so read after the last `)`.
    const [state, ppid, pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (state === 'Z' || state === 'X') continue;
    links.set(pid, { pid, ppid: Number(ppid), pgid: Number(pgid) });
  }
  return links;
}

function fromPs(pids: readonly number[]): Map<number, ProcessLink> {
  let output: string;
  try {
    output = execFileSync('ps', ['-o', 'pid=,ppid=,pgid=,stat=', '-p', pids.join(',')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    // ps exits with 1 when some pid runs no process, and still lists the others.
    output = (error as { stdout?: string }).stdout ?? '';
  }
  const links = new Map<number, ProcessLink>();
  for (const line of output.split('\n')) {
    const [pid, ppid, pgid, state] = line.trim().split(/\s+/);
    if (!pid || !ppid || !pgid || state?.startsWith('Z')) continue;
    links.set(Number(pid), { pid: Number(pid), ppid: Number(ppid), pgid: Number(pgid) });
  }
  return links;
}
