import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root, whatever the working directory. */
export const ROOT_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Where `npm run build` writes resolver bundles; CDK deploys them and the local twin runs them. */
export const RESOLVER_BUILD_DIR = path.join(ROOT_DIR, 'build', 'resolvers');

/** Where `infra/app.ts` writes each function's deployment package (`<name>/index.mjs`); CDK deploys them. */
export const FUNCTION_BUILD_DIR = path.join(ROOT_DIR, 'build', 'functions');
