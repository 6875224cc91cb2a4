export { applyMigrations } from './applyMigrations.js';
export type { AppliedMigration } from './AppliedMigration.js';
export type { DataApiTarget } from './DataApiTarget.js';
export type { Migration } from './Migration.js';
export { MigrationFailedError } from './MigrationFailedError.js';
export { planMigrations } from './planMigrations.js';
export { readMigrations } from './readMigrations.js';
export { splitStatements } from './splitStatements.js';
