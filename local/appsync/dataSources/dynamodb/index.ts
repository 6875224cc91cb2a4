/** The AppSync DynamoDB data source of the local twin: performs resolvers' request objects on DynamoDB. */
export { executeDynamoDbRequest } from './executeDynamoDbRequest.js';
export type { DynamoDbRequestOptions } from './executeDynamoDbRequest.js';
export { AppSyncDataSourceError } from './AppSyncDataSourceError.js';
export type { CancellationReason } from './AppSyncDataSourceError.js';
