import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { literalSchemaKeys } from './literalSchemaKeys.js';

const STAND_INS = fileURLToPath(new URL('../../functions/lib/sdk/', import.meta.url));
const ENV_DEFAULT_PROVIDER = path.join(STAND_INS, 'envDefaultProvider.ts');
const NO_EVENT_STREAMS = path.join(STAND_INS, 'noEventStreams.ts');

// The SDK's own files, ESM build (`mainFields: ['module', 'main']` picks `dist-es`).
const SDK_SCHEMAS =
  /[\\/]node_modules[\\/]@aws-sdk[\\/].*[\\/]dist-es[\\/](?:.*[\\/])?schemas[\\/]schemas_\d+\.js$/;
const SDK_RUNTIME_CONFIG =
  /[\\/]node_modules[\\/]@aws-sdk[\\/].*[\\/]dist-es[\\/](?:.*[\\/])?runtimeConfig\.js$/;
const PACKAGE_INFO_IMPORT = /^import packageInfo from "([^"]*package\.json)";$/m;

/**
 * The esbuild plugin that keeps the AWS SDK v3 inside a function bundle small without changing what a
 * function does on Lambda (or in the twin, which runs the same bundle). About 40% of a bundle without
 * it is SDK code a Lambda function cannot reach:
 *
 * - **Credentials from the environment.** `@aws-sdk/credential-provider-node` becomes
 *   `functions/lib/sdk/envDefaultProvider.ts`, the default chain's first link, the only one that ever
 *   answers on Lambda (the rest is over 100 KB with nested STS and SSO clients, which a client's
 *   `credentials` option does not leave out: aws/aws-sdk-js-v3#5516, #6087).
 * - **Only the schemas a function uses.** Each client's `schemas_0.js` gets literal object keys
 *   (`literalSchemaKeys`), so that esbuild drops the schemas of operations no command imports.
 * - **The client's version, not its package.json.** A client's `runtimeConfig.js` imports its whole
 *   `package.json` for `packageInfo.version` (the user agent); the version is written in instead. The
 *   build fails if such a file reads anything else from it.
 * - **No event-stream codec.** The protocols import `@smithy/core/event-streams` lazily, for operations
 *   with event streams; that lazy import gets `functions/lib/sdk/noEventStreams.ts`. Clients that have
 *   such operations import the module eagerly too; the build fails if one is bundled, rather than give
 *   it the stand-in.
 */
export function lambdaSdkPlugin(): Plugin {
  return {
    name: 'lambda-sdk',
    setup(build) {
      build.onResolve({ filter: /^@aws-sdk\/credential-provider-node$/ }, () => ({
        path: ENV_DEFAULT_PROVIDER,
      }));

      let eventStreamsStoodIn = false;
      const eventStreamImporters: string[] = [];
      build.onStart(() => {
        eventStreamsStoodIn = false;
        eventStreamImporters.length = 0;
      });
      build.onResolve({ filter: /^@smithy\/core\/event-streams$/ }, (args) => {
        if (args.kind === 'dynamic-import') {
          eventStreamsStoodIn = true;
          return { path: NO_EVENT_STREAMS };
        }
        eventStreamImporters.push(args.importer);
        return undefined;
      });
      build.onEnd(() => {
        if (!eventStreamsStoodIn || eventStreamImporters.length === 0) return;
        return {
          errors: [
            {
              text:
                `${eventStreamImporters.join(', ')} imports @smithy/core/event-streams: a client with ` +
                'event-stream operations is bundled, so the event-stream stand-in of lambdaSdkPlugin must go',
            },
          ],
        };
      });

      build.onLoad({ filter: SDK_SCHEMAS }, async (args) => ({
        contents: literalSchemaKeys(await readFile(args.path, 'utf8')),
        loader: 'js',
      }));

      build.onLoad({ filter: SDK_RUNTIME_CONFIG }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const found = PACKAGE_INFO_IMPORT.exec(source);
        if (!found?.[1]) return undefined;
        const packageFile = path.resolve(path.dirname(args.path), found[1]);
        const { version } = JSON.parse(await readFile(packageFile, 'utf8')) as { version?: unknown };
        const contents = source
          .replace(found[0], '')
          .replaceAll('packageInfo.version', JSON.stringify(String(version)));
        if (typeof version !== 'string' || /\bpackageInfo\b/.test(contents)) {
          return { errors: [{ text: `${args.path} reads more than the version of ${packageFile}` }] };
        }
        return { contents, loader: 'js' };
      });
    },
  };
}
