/**
 * Days and times as the shop counts them: calendar days and wall-clock times of the shop's time zone
 * (`config.json`'s `timeZone`), over the time-zone engine the sales report uses (`functions/lib/time`).
 */
export type { CalendarDay } from './CalendarDay.js';
export { isCalendarDay } from './isCalendarDay.js';
export { dayAt } from './dayAt.js';
export { dayStart } from './dayStart.js';
export { instantOfLocal } from './instantOfLocal.js';
export { shiftDay } from './shiftDay.js';
export { formatDay } from './formatDay.js';
export { formatInstant } from './formatInstant.js';
