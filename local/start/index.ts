/** What `npm start` (`local/start.ts`) is made of: its arguments, and the watch on what launched it. */
export { parseStartArgs, START_HELP, START_USAGE } from './parseStartArgs.js';
export type { StartArgs } from './parseStartArgs.js';
export { processLinks } from './processLinks.js';
export type { ProcessLink } from './processLinks.js';
export { UsageError } from './UsageError.js';
export { watchLaunchers } from './watchLaunchers.js';
