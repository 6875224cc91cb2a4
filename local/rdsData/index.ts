export { startRdsData } from './startRdsData.js';
export { startRdsDataThread } from './startRdsDataThread.js';
export type { RdsDataOptions, RdsDataService } from './startRdsData.js';
export type { SqlEngine, SqlSession } from './SqlEngine.js';
export type { DataApiCalls, DataApiOperation } from './DataApiCalls.js';
