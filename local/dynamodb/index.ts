/** The DynamoDB twin: dynalite, with transactions and Time to Live added in front of it. */
export { startDynamoDb } from './startDynamoDb.js';
export type { DynamoDbOptions, DynamoDbService } from './startDynamoDb.js';
export { createTables } from './createTables.js';
export { createTableInput } from './createTableInput.js';
