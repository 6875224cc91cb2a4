import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  cpuPercent,
  parseCpuTicks,
  parseParentPid,
  parseVmRss,
  readCpu,
  readDescendantsRss,
  readRss,
} from './procStat.js';

describe('parseCpuTicks', () => {
  it('adds utime and stime (fields 14 and 15)', () => {
    const stat = '42 (node) S 1 42 42 0 -1 4194560 9 0 0 0 150 25 3 4 20 0 11 0 7 1 2\n';
    expect(parseCpuTicks(stat)).toBe(175);
  });

  it('counts fields from the last parenthesis, whatever the command name holds', () => {
    const stat = '7 (a) b (c) S 1 7 7 0 -1 0 0 0 0 0 1000 200 0 0 20 0 1 0 7 1 2';
    expect(parseCpuTicks(stat)).toBe(1200);
  });

  it('refuses text that is no stat line', () => {
    expect(() => parseCpuTicks('nothing here')).toThrow(/Not a \/proc\/<pid>\/stat line/);
    expect(() => parseCpuTicks('1 (x) S 1')).toThrow(/No utime and stime/);
  });
});

describe('parseParentPid', () => {
  it('reads field 4, after the command name', () => {
    expect(parseParentPid('42 (my (odd) name) S 7 42 42 0 -1')).toBe(7);
  });

  it('refuses text that is no stat line', () => {
    expect(() => parseParentPid('nothing')).toThrow(/Not a \/proc\/<pid>\/stat line/);
  });
});

describe('parseVmRss', () => {
  it('reads VmRSS in kB as bytes', () => {
    expect(parseVmRss('Name:\tnode\nVmPeak:\t 900000 kB\nVmRSS:\t  655360 kB\nVmData:\t 1 kB\n')).toBe(
      655_360 * 1024,
    );
  });

  it('refuses a status without VmRSS (a zombie has none)', () => {
    expect(() => parseVmRss('Name:\tnode\nState:\tZ (zombie)\n')).toThrow(/No VmRSS/);
  });
});

describe('cpuPercent', () => {
  it('is the CPU seconds over the wall seconds, as a percentage of one core', () => {
    expect(cpuPercent({ ticks: 1000, atMs: 0 }, { ticks: 1300, atMs: 2000 }, 100)).toBe(150);
  });

  it('refuses readings out of order', () => {
    expect(() => cpuPercent({ ticks: 0, atMs: 5 }, { ticks: 1, atMs: 5 }, 100)).toThrow(/after/);
  });
});

describe.runIf(process.platform === 'linux')('reading /proc', () => {
  it('reads this process', () => {
    expect(readRss(process.pid)).toBeGreaterThan(1024 * 1024);
    expect(readCpu(process.pid).ticks).toBeGreaterThan(0);
  });

  it("adds up the memory of a process's descendants, not its own", async () => {
    const child = spawn('sleep', ['30']);
    try {
      await expect.poll(() => readDescendantsRss(process.pid)).toBeGreaterThan(0);
      expect(readDescendantsRss(child.pid!)).toBe(0);
    } finally {
      child.kill();
    }
  });
});
