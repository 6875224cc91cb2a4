/** The `@aws-appsync/utils/dynamodb` module of the APPSYNC_JS runtime (runs inside the sandbox). */
export { createDynamoDbHelpers } from './createDynamoDbHelpers.js';
export type { DynamoDbModule } from './createDynamoDbHelpers.js';
export type { AttributeMap, AttributeValue } from '../util/index.js';
