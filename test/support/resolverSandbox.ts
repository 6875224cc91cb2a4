import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleResolvers } from '../../infra/bundleResolvers.js';
import { ROOT_DIR } from '../../infra/paths.js';
import { shop } from '../../infra/shop.js';
import { runtimeScript } from '../../local/appsync/runtime/runtimeScript.js';
import type { HandlerOutcome } from '../../local/appsync/sandbox/HandlerOutcome.js';
import type { HandlerContext } from '../../local/appsync/sandbox/ResolverSandbox.js';
import { ResolverSandbox } from '../../local/appsync/sandbox/ResolverSandbox.js';

/** A Cognito identity as AppSync gives it to a resolver (`ctx.identity`). */
export function cognitoCaller(sub: string, groups: readonly string[] = []): Record<string, unknown> {
  return { sub, username: sub, groups: [...groups], issuer: 'https://cognito-idp.local/pool', claims: {} };
}

/** What a handler sees, with the parts a test does not set filled as AppSync fills them. */
export interface TestContext {
  readonly arguments?: Record<string, unknown>;
  readonly identity?: unknown;
  readonly stash?: Record<string, unknown>;
  readonly prev?: { readonly result: unknown };
  readonly result?: unknown;
  readonly error?: { readonly message: string; readonly type: string };
  /** Default: the API's environment of the stack description. */
  readonly env?: Record<string, string>;
}

/** One resolver file, bundled as `npm run build` bundles it, in a sandbox of the AppSync twin. */
export interface SandboxedResolver {
  request(ctx: TestContext): HandlerOutcome;
  response(ctx: TestContext): HandlerOutcome;
}

/**
 * Bundles `files` (paths from the repository root, e.g. `resolvers/Query.cart/1.getCart.ts`) into a
 * temporary folder and loads each into its own sandbox with the real APPSYNC_JS runtime library.
 */
export async function sandboxResolvers(
  files: readonly string[],
): Promise<Readonly<Record<string, SandboxedResolver>>> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'shopsync-resolver-test-'));
  try {
    const bundles = await bundleResolvers(files, { rootDir: ROOT_DIR, outDir });
    return Object.fromEntries(
      bundles.map((bundle) => {
        const sandbox = new ResolverSandbox(readFileSync(bundle.outFile, 'utf8'), bundle.file, {
          runtimeScript: runtimeScript(),
          timeoutMs: 1000,
        });
        const { typeName, fieldName } = fieldOf(bundle.file);
        const call = (handler: 'request' | 'response', ctx: TestContext): HandlerOutcome =>
          sandbox.call(handler, handlerContext(ctx, typeName, fieldName), {
            authType: 'User Pool Authorization',
            typeName,
            fieldName,
          });
        const resolver: SandboxedResolver = {
          request: (ctx) => call('request', ctx),
          response: (ctx) => call('response', ctx),
        };
        return [bundle.file, resolver] as const;
      }),
    );
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** `resolvers/Mutation.clearCart.ts` and `resolvers/Query.cart/1.getCart.ts` → their type and field. */
function fieldOf(file: string): { typeName: string; fieldName: string } {
  const wiring = /^resolvers\/(\w+)\.(\w+)(?:\.ts$|\/)/.exec(file);
  if (!wiring) throw new Error(`${file} is not named after its type and field`);
  return { typeName: wiring[1]!, fieldName: wiring[2]! };
}

function handlerContext(ctx: TestContext, typeName: string, fieldName: string): HandlerContext {
  return {
    arguments: ctx.arguments ?? {},
    identity: ctx.identity ?? null,
    source: null,
    stash: ctx.stash ?? {},
    ...(ctx.prev !== undefined && { prev: ctx.prev }),
    ...(ctx.result !== undefined && { result: ctx.result }),
    ...(ctx.error !== undefined && { error: ctx.error }),
    request: { headers: {}, domainName: null },
    info: {
      fieldName,
      parentTypeName: typeName,
      variables: {},
      selectionSetList: [],
      selectionSetGraphQL: '',
    },
    env: ctx.env ?? { ...shop.api.environment },
  };
}
