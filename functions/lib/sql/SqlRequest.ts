export type { SqlRequest } from '../../migrate/SqlRequest.js';
