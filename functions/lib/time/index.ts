/**
 * The time-zone engine, shared by the sales report (`functions/reports`: the bounds of a calendar day in
 * the shop's time zone, 23 or 25 hours long on the days clocks change), the EventBridge Scheduler twin
 * (`local/scheduler`) and the AppSync `util.time` runtime (`local/appsync/runtime/util/time`): zone
 * offsets from `Intl`, wall clocks in their arithmetic form (read as if they were UTC), and the instants a
 * wall clock names across DST gaps and overlaps. It lives under `functions/` because Lambda code must not
 * import the twin, and the twin may import shared function code. It uses only `Intl` and `Date`, no Node
 * API, because the AppSync runtime bundles it into a script that runs in a `node:vm` sandbox.
 */
export type { TimeZone } from './TimeZone.js';
export { ianaTimeZone } from './ianaTimeZone.js';
export { isTimeZone } from './isTimeZone.js';
export type { WallClock } from './WallClock.js';
export { wallMillis } from './wallMillis.js';
export { wallFromMillis } from './wallFromMillis.js';
export { wallClockAt } from './wallClockAt.js';
export { instantsAt } from './instantsAt.js';
export { instantOf } from './instantOf.js';
export { daysFromCivil } from './daysFromCivil.js';
export { civilFromDays } from './civilFromDays.js';
export type { CivilDate } from './civilFromDays.js';
export { daysInMonth } from './daysInMonth.js';
