import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleResolvers } from '../../infra/bundleResolvers.js';
import { ROOT_DIR } from '../../infra/paths.js';
import { runtimeScript } from '../../local/appsync/runtime/runtimeScript.js';
import { ResolverSandbox } from '../../local/appsync/sandbox/ResolverSandbox.js';
import type { HandlerContext, InvocationInit } from '../../local/appsync/sandbox/ResolverSandbox.js';
import { meRequestContext, meResponseContext } from './handlerContexts.js';
import { loadNativeResolver } from './loadNativeResolver.js';

/** Microseconds per call of one handler: the median over batches, in the sandbox and natively. */
export interface HandlerCost {
  readonly handler: 'request' | 'response';
  readonly calls: number;
  readonly sandboxUs: number;
  readonly nativeUs: number;
}

const FILE = 'resolvers/Query.me.ts';
const INVOCATION: InvocationInit = {
  authType: 'User Pool Authorization',
  typeName: 'Query',
  fieldName: 'me',
};
const BATCH = 200;

/**
 * Query.me's `request` and `response` handlers called `calls` times each: once bundled by
 * `bundleResolvers` and run in a `ResolverSandbox`, once bundled with the runtime library's in-process
 * objects and called directly (`loadNativeResolver`). Calls go in batches of 200, sandbox and native
 * alternating (which first swaps per batch) after four unrecorded batches; the figure is the median batch.
 * Checks once that both give the same value. Removes its temporary folder.
 */
export async function benchSandboxCost(calls: number): Promise<readonly HandlerCost[]> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'shopsync-bench-sandbox-'));
  try {
    const [bundle] = await bundleResolvers([FILE], { rootDir: ROOT_DIR, outDir });
    const sandbox = new ResolverSandbox(readFileSync(bundle!.outFile, 'utf8'), FILE, {
      runtimeScript: runtimeScript(),
      timeoutMs: 1000,
    });
    const native = await loadNativeResolver(FILE, { rootDir: ROOT_DIR, outDir });
    const batches = Math.max(10, Math.round(calls / BATCH));
    const costOf = (handler: 'request' | 'response', ctx: HandlerContext): HandlerCost => {
      const inSandbox = sandbox.call(handler, ctx, INVOCATION);
      const direct = native.call(handler, ctx, INVOCATION);
      if (inSandbox.kind !== 'value' || JSON.stringify(inSandbox.value) !== JSON.stringify(direct)) {
        throw new Error(
          `${FILE} ${handler}: sandbox ${JSON.stringify(inSandbox)} vs native ${JSON.stringify(direct)}`,
        );
      }
      const runSandbox = (): number => timeBatch(() => sandbox.call(handler, ctx, INVOCATION));
      const runNative = (): number => timeBatch(() => native.call(handler, ctx, INVOCATION));
      const sandboxUs: number[] = [];
      const nativeUs: number[] = [];
      for (let batch = -4; batch < batches; batch += 1) {
        const [first, second] = batch % 2 === 0 ? [runSandbox, runNative] : [runNative, runSandbox];
        const a = first();
        const b = second();
        if (batch < 0) continue;
        sandboxUs.push(first === runSandbox ? a : b);
        nativeUs.push(first === runSandbox ? b : a);
      }
      return { handler, calls: batches * BATCH, sandboxUs: median(sandboxUs), nativeUs: median(nativeUs) };
    };
    return [costOf('request', meRequestContext), costOf('response', meResponseContext)];
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Microseconds per call over one batch of `BATCH` calls. */
function timeBatch(call: () => unknown): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < BATCH; i += 1) call();
  return Number(process.hrtime.bigint() - start) / 1000 / BATCH;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
