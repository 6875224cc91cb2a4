export { createUtil } from './createUtil.js';
export { createRuntime } from './createRuntime.js';
export { createExtensions } from './createExtensions.js';
export { toDynamoDB, toMapValues } from './dynamodb/toDynamoDB.js';
export type { AttributeMap, AttributeValue } from './dynamodb/AttributeValue.js';
export { buildFilterExpression } from './transform/buildFilterExpression.js';
export type { FilterExpression } from './transform/buildFilterExpression.js';
