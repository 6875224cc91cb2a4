/**
 * The global the runtime defines in each sandbox (`bootstrap.ts`) and resolver code calls at the start
 * of every function and loop body (`addDeadlineChecks`): it ends the handler once its time is up.
 */
export const DEADLINE_CHECK = '__appsyncDeadlineCheck';
