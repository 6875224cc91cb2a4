/**
 * `npm start`. The local twin (issues #3 to #6) is not built yet, so this does not start a shop: it
 * checks what the twin will be built from (the schema, the stack description, the resolver bundles) and
 * says what exists so far.
 */
import { bundleResolvers } from '../infra/bundleResolvers.js';
import { RESOLVER_BUILD_DIR, ROOT_DIR } from '../infra/paths.js';
import { resolverFiles } from '../infra/resolverFiles.js';
import { shop } from '../infra/shop.js';
import { loadSchema } from '../schema/loadSchema.js';

const schema = loadSchema();
const bundles = await bundleResolvers(resolverFiles(shop), { rootDir: ROOT_DIR, outDir: RESOLVER_BUILD_DIR });
const rootFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].reduce(
  (sum, type) => sum + Object.keys(type?.getFields() ?? {}).length,
  0,
);

console.log(`ShopSync cannot run locally yet: the local twin of the AWS services is not built.

What exists so far:
  schema.graphql        ${rootFields} operations, valid with the AWS scalars and directives
  resolvers             ${bundles.length} of ${rootFields} root fields wired and bundled into build/resolvers/
  Lambda functions      ${Object.keys(shop.functions).join(', ')}
  DynamoDB tables       ${Object.keys(shop.tables).join(', ')}
  AWS deployment        npx cdk deploy -c senderEmail=... -c adminEmail=...  (see README)

Coming next, in this order: the service twins (DynamoDB, Data API, Lambda, SQS/SNS, SES, Cognito,
Scheduler), the AppSync runtime, real-time subscriptions, then the catalog and the app.`);
