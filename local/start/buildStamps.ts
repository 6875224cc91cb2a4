import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { replaceFileSync } from '../replaceFileSync.js';

/** What one of `npm start`'s builds was made from and made, when it last succeeded. */
export interface BuildStamp {
  /** `filesDigest` of the repository's sources when the build began. */
  readonly sources: string;
  /** `filesDigest` of the build's output folders once it was written. */
  readonly outputs: string;
  /** The resolver build: the `codeDigest` of each bundle checked clean. */
  readonly checkedCode?: readonly string[];
}

/**
 * `npm start`'s builds: the resolvers and the functions (always), and the console and the shop app
 * (unless `--no-app`).
 */
export type BuildPart = 'resolvers' | 'functions' | 'app';

export type BuildStamps = Readonly<Partial<Record<BuildPart, BuildStamp>>>;

/** The stamps in `file`; none when it is missing or unreadable (every build is then made anew). */
export function readBuildStamps(file: string): BuildStamps {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BuildStamps;
  } catch {
    return {};
  }
}

/**
 * Records `part`'s stamp in `file`, keeping the other part's; `undefined` forgets it (a build that
 * failed, or that is being remade, is not up to date). Written to a temporary file and renamed, so a
 * process ended mid-write leaves the previous stamps.
 */
export function writeBuildStamp(file: string, part: BuildPart, stamp: BuildStamp | undefined): void {
  const stamps = { ...readBuildStamps(file), [part]: stamp };
  mkdirSync(path.dirname(file), { recursive: true });
  replaceFileSync(file, `${JSON.stringify(stamps, null, 1)}\n`);
}
