import { fork } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BuildMessage } from './BuildMessage.js';
import type { BuildPart } from './buildStamps.js';

/** A failed build of `npm start`: its message, and the exit code `npm start` ends with. */
export class BuildError extends Error {
  override readonly name = 'BuildError';

  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export interface BuildOptions {
  /** What to build (`BuildPart`): the resolvers, the functions, the console with the shop app. */
  readonly parts: readonly BuildPart[];
  /** The build script; `build.ts` beside this module unless given (tests give their own). */
  readonly script?: string;
  /** The child's Node flags; default: this process's (`childExecArgv`), with its TypeScript loader. */
  readonly execArgv?: readonly string[];
}

/** What the build reported: the `codeDigest` of each resolver bundle it checked clean. */
export interface BuildResult {
  readonly checkedCode: readonly string[];
}

/**
 * Runs `npm start`'s builds (`build.ts`) in a child process with this process's Node and loader flags
 * (`childExecArgv`), its output streamed to this process's, so that the twin's process never loads
 * ESLint, TypeScript or Vite. Resolves with what the build reports; rejects with a `BuildError` that
 * holds the build's message and exit code when it fails, or ends without a report (killed, crashed).
 * Should this process exit first (Ctrl-C before the twin is up), the build is ended with it.
 */
export function runBuild(options: BuildOptions): Promise<BuildResult> {
  const script = options.script ?? fileURLToPath(new URL('./build.ts', import.meta.url));
  const child = fork(script, [...options.parts], {
    execArgv: [...(options.execArgv ?? childExecArgv(process.execArgv))],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const endChild = (): void => void child.kill();
  process.on('exit', endChild);
  return new Promise((resolve, reject) => {
    let outcome: BuildMessage | undefined;
    child.on('message', (message: BuildMessage) => (outcome ??= message));
    child.on('error', (error) => {
      process.off('exit', endChild);
      reject(new BuildError(`The build could not run: ${error.message}`, 1));
    });
    child.on('exit', (code, signal) => {
      process.off('exit', endChild);
      // A shell's convention for a process ended by a signal: 128 plus its number.
      const exitCode = code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0);
      if (outcome?.kind === 'built' && code === 0) resolve({ checkedCode: outcome.checkedCode });
      else if (outcome?.kind === 'failed') reject(new BuildError(outcome.message, exitCode || 1));
      else
        reject(
          new BuildError(
            `The build ended without a report (${signal ?? `exit code ${code}`})`,
            exitCode || 1,
          ),
        );
    });
  });
}

/**
 * The flags a child Node process takes from this one's (`process.execArgv`): all but the inspector's
 * and the profilers', whose port the child could not take and whose profiles would mix two processes.
 * The loader flags (tsx's `--import`, `--require`) stay, so the child runs TypeScript as this one does.
 *
 * @example childExecArgv(['--import', 'tsx', '--cpu-prof', '--cpu-prof-dir', 'prof']) // ['--import', 'tsx']
 */
export function childExecArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < execArgv.length; index += 1) {
    const flag = execArgv[index]!;
    const name = flag.split('=')[0]!;
    if (!/^--(inspect|debug|cpu-prof|heap-prof)/.test(name)) {
      kept.push(flag);
      continue;
    }
    // These take their value as the next argument unless it is given with `=`.
    if (VALUE_FLAGS.has(name) && !flag.includes('=')) index += 1;
  }
  return kept;
}

const VALUE_FLAGS = new Set([
  '--inspect-port',
  '--debug-port',
  '--cpu-prof-dir',
  '--cpu-prof-name',
  '--cpu-prof-interval',
  '--heap-prof-dir',
  '--heap-prof-name',
  '--heap-prof-interval',
]);
