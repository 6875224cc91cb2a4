/**
 * The CDK app: `npx cdk synth|deploy -c senderEmail=... -c adminEmail=...`. It bundles the resolvers and
 * the functions first, so a synthesized template always carries the current code, then checks the stack
 * with cdk-nag's AwsSolutions rules.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { bundleResolvers } from './bundleResolvers.js';
import { LAMBDA_TARGET } from './bundling/bundleFunction.js';
import { bundleFunctions } from './bundling/bundleFunctions.js';
import { FUNCTION_BUILD_DIR, RESOLVER_BUILD_DIR, ROOT_DIR } from './paths.js';
import { resolverFiles } from './resolverFiles.js';
import { shop } from './shop.js';
import { ShopStack } from './ShopStack.js';

const app = new App();
const context = (name: string): string => {
  const value: unknown = app.node.tryGetContext(name);
  if (typeof value !== 'string' || !value.includes('@')) {
    throw new Error(`Context parameter ${name} (an email address) is required: -c ${name}=you@example.com`);
  }
  return value;
};

await Promise.all([
  bundleResolvers(resolverFiles(shop), { rootDir: ROOT_DIR, outDir: RESOLVER_BUILD_DIR }),
  bundleFunctions(shop.functions, { rootDir: ROOT_DIR, outDir: FUNCTION_BUILD_DIR, target: LAMBDA_TARGET }),
]);
new ShopStack(app, 'ShopSync', {
  shop,
  rootDir: ROOT_DIR,
  resolverBuildDir: RESOLVER_BUILD_DIR,
  functionBuildDir: FUNCTION_BUILD_DIR,
  senderEmail: context('senderEmail'),
  adminEmail: context('adminEmail'),
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
