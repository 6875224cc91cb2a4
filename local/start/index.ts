/**
 * What `npm start` (`local/start.ts`) is made of: its arguments, the watch on what launched it, and its
 * builds, run in a process of their own (`build.ts`, not exported: it loads the build tools).
 */
export { buildForStart } from './buildForStart.js';
export type { StartBuild, StartBuildOptions } from './buildForStart.js';
export type { BuildMessage } from './BuildMessage.js';
export { BUILD_LAYOUT, buildOutputs } from './buildOutputs.js';
export type { BuildLayout } from './buildOutputs.js';
export { readBuildStamps, writeBuildStamp } from './buildStamps.js';
export type { BuildPart, BuildStamp, BuildStamps } from './buildStamps.js';
export { filesDigest } from './filesDigest.js';
export { parseStartArgs, START_HELP, START_USAGE } from './parseStartArgs.js';
export type { StartArgs } from './parseStartArgs.js';
export { processLinks } from './processLinks.js';
export type { ProcessLink } from './processLinks.js';
export { BuildError, childExecArgv, runBuild } from './runBuild.js';
export type { BuildOptions, BuildResult } from './runBuild.js';
export { UsageError } from './UsageError.js';
export { watchLaunchers } from './watchLaunchers.js';
