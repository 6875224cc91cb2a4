import type { HandlerCost } from './benchSandboxCost.js';
import type { VmTimeoutCost } from './measureVmTimeout.js';

/**
 * The sandbox figures as a table: µs per call in the sandbox and natively, their ratio, and what the vm
 * timeout watchdog alone costs per call.
 */
export function formatSandboxCost(costs: readonly HandlerCost[], vmTimeout: VmTimeoutCost): string {
  const cell = (value: string): string => value.padStart(12);
  return [
    `APPSYNC_JS sandbox, Query.me handlers (${costs[0]?.calls ?? 0} calls each, median of 200-call batches)`,
    `  ${'handler'.padEnd(10)}${['sandbox µs', 'native µs', 'ratio', 'overhead µs'].map(cell).join('')}`,
    ...costs.map(
      (cost) =>
        `  ${cost.handler.padEnd(10)}${[
          cost.sandboxUs.toFixed(2),
          cost.nativeUs.toFixed(2),
          `${(cost.sandboxUs / cost.nativeUs).toFixed(0)}x`,
          (cost.sandboxUs - cost.nativeUs).toFixed(2),
        ]
          .map(cell)
          .join('')}`,
    ),
    '  * sandbox: ResolverSandbox.call on the bundleResolvers bundle (JSON in and out of a node:vm context,',
    '    1000 ms limit kept by deadline checks in the code); native: the same TypeScript bundled by esbuild with @aws-appsync/utils mapped to',
    '    in-process instances of the twin runtime library, handler called directly with a ctx object.',
    `  * vm runInContext of \`1 + 1\` costs ${vmTimeout.withTimeoutUs.toFixed(2)} µs with the timeout option and`,
    `    ${vmTimeout.withoutTimeoutUs.toFixed(2)} µs without (Node arms a watchdog per timed run), which is why`,
    '    the sandbox passes no vm timeout per call.',
  ].join('\n');
}
