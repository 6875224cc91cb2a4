export { startRdsData } from './startRdsData.js';
export type { RdsDataOptions, RdsDataService } from './startRdsData.js';
export type { SqlEngine, SqlSession } from './SqlEngine.js';
