import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How this thread collects garbage: the exposed `gc` (`--expose-gc`), or one obtained at run time. */
export type GarbageCollector = (() => void) | undefined;

/**
 * A full-GC function for this thread: `globalThis.gc` when Node runs with `--expose-gc`, else the one V8
 * hands a new context once the flag is set at run time (the usual trick; works on Node 20), else none.
 */
export function garbageCollector(): GarbageCollector {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    const obtained = runInNewContext('gc') as unknown;
    return typeof obtained === 'function' ? (obtained as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `gc` a few times with turns of the event loop between, so that finalizers and weak refs settle. */
export async function collectGarbage(gc: GarbageCollector): Promise<void> {
  if (!gc) return;
  for (let round = 0; round < 3; round += 1) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
}
