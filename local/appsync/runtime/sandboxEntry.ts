/**
 * The APPSYNC_JS runtime as one script: the util, runtime and extensions objects of
 * `@aws-appsync/utils`, the `@aws-appsync/utils/dynamodb` helpers, and the bootstrap that loads and calls
 * resolver code. Bundled by `runtimeScript()` and evaluated inside every resolver's sandbox.
 */
import { installBootstrap } from './bootstrap.js';
import { createDynamoDbHelpers } from './dynamodb/index.js';
import type { Invocation } from './Invocation.js';
import { createExtensions, createRuntime, createUtil } from './util/index.js';

let current: Invocation | undefined;
const invocation = (): Invocation => {
  if (!current) throw new Error('No resolver handler is running');
  return current;
};

installBootstrap(
  {
    '@aws-appsync/utils': {
      util: createUtil(invocation),
      runtime: createRuntime(),
      extensions: createExtensions(invocation),
    },
    '@aws-appsync/utils/dynamodb': createDynamoDbHelpers(),
  },
  (next) => {
    current = next;
  },
);
