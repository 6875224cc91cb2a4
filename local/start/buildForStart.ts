import { STATE_MARKER } from '../stateDir.js';
import { BUILD_LAYOUT, buildOutputs } from './buildOutputs.js';
import type { BuildLayout } from './buildOutputs.js';
import { readBuildStamps } from './buildStamps.js';
import type { BuildPart } from './buildStamps.js';
import { filesDigest } from './filesDigest.js';
import { runBuild } from './runBuild.js';
import type { BuildResult } from './runBuild.js';

export interface StartBuildOptions {
  /** The console and the shop app as well as the resolvers (false with `--no-app`). */
  readonly app: boolean;
  /** Default `BUILD_LAYOUT`. */
  readonly layout?: BuildLayout;
  /** Passed to `runBuild` (tests give their own build). */
  readonly script?: string;
  readonly execArgv?: readonly string[];
}

export interface StartBuild extends BuildResult {
  /** The parts kept from an earlier build: no source had changed since, and their outputs were intact. */
  readonly kept: readonly BuildPart[];
}

/**
 * Makes what `npm start` serves: the resolvers and the functions, and with `app` the console and the
 * shop app. A part whose stamp (`BuildStamps`) shows it was made from the repository's sources as they
 * are now (`filesDigest`: no file added, removed or written since), and whose outputs are as it left
 * them, is kept; the others are built in a process of their own (`runBuild`), which stamps each part it
 * finishes. Resolves with the digests of the resolver bundles checked clean, kept or new; rejects as
 * `runBuild` does.
 */
export async function buildForStart(options: StartBuildOptions): Promise<StartBuild> {
  const layout = options.layout ?? BUILD_LAYOUT;
  const wanted: BuildPart[] = options.app ? ['resolvers', 'functions', 'app'] : ['resolvers', 'functions'];
  const stamps = readBuildStamps(layout.stampsFile);
  const sources = filesDigest([layout.rootDir], { stopAt: STATE_MARKER });
  const upToDate = (part: BuildPart): boolean =>
    stamps[part]?.sources === sources && stamps[part].outputs === filesDigest(buildOutputs(layout, part));
  const kept = wanted.filter(upToDate);
  const stale = wanted.filter((part) => !kept.includes(part));
  const built =
    stale.length === 0
      ? undefined
      : await runBuild({
          parts: stale,
          ...(options.script ? { script: options.script } : {}),
          ...(options.execArgv ? { execArgv: options.execArgv } : {}),
        });
  const checkedCode = stale.includes('resolvers')
    ? (built?.checkedCode ?? [])
    : (stamps.resolvers?.checkedCode ?? []);
  return { checkedCode, kept };
}
