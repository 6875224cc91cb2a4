/**
 * The Lambda twin: the stack's functions bundled as CDK bundles them, run warm in `worker_threads`
 * workers, reachable in-process and through the Lambda `Invoke` API, and fed by SQS event source mappings.
 */
export { isReportLine } from './isReportLine.js';
export { DEFAULT_CONCURRENCY, DEFAULT_IDLE_TIMEOUT_MS, startLambda } from './startLambda.js';
export type { InvokeOptions, InvokeResult, LambdaOptions, LambdaService } from './startLambda.js';
