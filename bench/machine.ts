import { arch, cpus, loadavg, platform } from 'node:os';

/** `Node v20.20.2, linux x64, 2 CPUs × AMD EPYC`: what a benchmark ran on. */
export function machineLine(): string {
  const cpu = cpus();
  return `Node ${process.version}, ${platform()} ${arch()}, ${cpu.length} CPUs × ${cpu[0]?.model.trim() ?? 'unknown'}`;
}

/** The load averages over 1, 5 and 15 minutes, e.g. `0.52 0.61 0.70`: how busy the machine was. */
export function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}
