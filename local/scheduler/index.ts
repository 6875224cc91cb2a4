export { startScheduler } from './startScheduler.js';
export type { LocalScheduler, SchedulerOptions } from './startScheduler.js';
export { nextFireTime } from './nextFireTime.js';
export type { FireWindow } from './nextFireTime.js';
export { parseScheduleExpression } from './parseScheduleExpression.js';
export type { ScheduleExpression } from './parseScheduleExpression.js';
