export { createUtil } from './createUtil.js';
export { createRuntime } from './createRuntime.js';
export { createExtensions } from './createExtensions.js';
export { toDynamoDB, toMapValues } from './dynamodb/toDynamoDB.js';
export type { AttributeValue } from './dynamodb/AttributeValue.js';
