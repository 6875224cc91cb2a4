import { build } from 'esbuild';
import type { Plugin } from 'esbuild';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDynamoDbHelpers } from '../../local/appsync/runtime/dynamodb/index.js';
import type { Invocation } from '../../local/appsync/runtime/Invocation.js';
import type { InvocationInit } from '../../local/appsync/sandbox/ResolverSandbox.js';
import { createExtensions, createRuntime, createUtil } from '../../local/appsync/runtime/util/index.js';

/** A resolver's handlers called directly in the host's realm: no vm context, no JSON crossing. */
export interface NativeResolver {
  /** Calls `handler` with `ctx` (plus `args`, as AppSync adds) as `invocation`; answers its return value. */
  call(handler: 'request' | 'response', ctx: object, invocation: InvocationInit): unknown;
}

/** Where the virtual `@aws-appsync/utils` modules find the host's runtime objects while the bundle loads. */
const HANDOFF = '__shopsyncBenchAppSyncRuntime';

/**
 * Bundles resolver `file` (relative to `rootDir`) with esbuild into `outDir`, mapping `@aws-appsync/utils`
 * and `@aws-appsync/utils/dynamodb` to in-process instances of the twin's APPSYNC_JS runtime library (the
 * same `createUtil`, `createRuntime`, `createExtensions` and `createDynamoDbHelpers` the sandbox
 * evaluates), and imports it.
 */
export async function loadNativeResolver(
  file: string,
  options: { readonly rootDir: string; readonly outDir: string },
): Promise<NativeResolver> {
  let current: Invocation | undefined;
  const invocation = (): Invocation => {
    if (!current) throw new Error('No resolver handler is running');
    return current;
  };
  const modules: Record<string, Record<string, unknown>> = {
    '@aws-appsync/utils': {
      util: createUtil(invocation),
      runtime: createRuntime(),
      extensions: createExtensions(invocation),
    },
    '@aws-appsync/utils/dynamodb': { ...createDynamoDbHelpers() },
  };
  const runtimeModules: Plugin = {
    name: 'appsync-runtime-in-process',
    setup(builder) {
      builder.onResolve({ filter: /^@aws-appsync\/utils(\/dynamodb)?$/ }, (args) => ({
        path: args.path,
        namespace: 'appsync-runtime',
      }));
      builder.onLoad({ filter: /.*/, namespace: 'appsync-runtime' }, (args) => ({
        contents: [
          `const m = globalThis.${HANDOFF}[${JSON.stringify(args.path)}];`,
          ...Object.keys(modules[args.path] ?? {}).map((name) => `export const ${name} = m.${name};`),
        ].join('\n'),
        loader: 'js',
      }));
    },
  };
  const outFile = path.join(options.outDir, `${path.basename(file, '.ts')}.native.mjs`);
  await build({
    entryPoints: [path.join(options.rootDir, file)],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    plugins: [runtimeModules],
    logLevel: 'silent',
  });
  const handoff = globalThis as { [HANDOFF]?: unknown };
  handoff[HANDOFF] = modules;
  let exported: Record<string, unknown>;
  try {
    exported = (await import(pathToFileURL(outFile).href)) as Record<string, unknown>;
  } finally {
    delete handoff[HANDOFF];
  }
  return {
    call(handler, ctx, init) {
      const fn = exported[handler];
      if (typeof fn !== 'function') throw new Error(`${file} exports no ${handler} function`);
      current = { ...init, errors: [], invalidations: [], cacheEvictions: [] };
      return (fn as (ctx: object) => unknown)({ ...ctx, args: (ctx as { arguments?: unknown }).arguments });
    },
  };
}
