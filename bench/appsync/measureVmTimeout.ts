import vm from 'node:vm';

/** What one `runInContext` costs in a context made like `ResolverSandbox`'s, with and without `timeout`. */
export interface VmTimeoutCost {
  readonly withTimeoutUs: number;
  readonly withoutTimeoutUs: number;
}

/**
 * Times `calls` runs of a trivial script in a fresh context (the sandbox's options), with the `timeout`
 * option the sandbox passes on every handler call and without it, alternating in batches of 200. Node
 * arms a watchdog for each run that has a timeout, so the difference is what that costs per call.
 */
export function measureVmTimeout(calls: number, timeoutMs = 1000): VmTimeoutCost {
  const context = vm.createContext(Object.create(null) as object, {
    codeGeneration: { strings: false, wasm: false },
    microtaskMode: 'afterEvaluate',
  });
  const script = new vm.Script('1 + 1');
  const batch = 200;
  const time = (options: vm.RunningScriptOptions): number => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i += 1) script.runInContext(context, options);
    return Number(process.hrtime.bigint() - start) / 1000 / batch;
  };
  const withTimeout: number[] = [];
  const without: number[] = [];
  for (let round = -2; round < Math.max(10, Math.round(calls / batch)); round += 1) {
    const a = time({ timeout: timeoutMs });
    const b = time({});
    if (round < 0) continue;
    withTimeout.push(a);
    without.push(b);
  }
  const median = (values: number[]): number => values.sort((x, y) => x - y)[values.length >> 1] ?? NaN;
  return { withTimeoutUs: median(withTimeout), withoutTimeoutUs: median(without) };
}
