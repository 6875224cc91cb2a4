/**
 * Loaded into the twin's own process before `local/start.ts` (`node --import tsx --import <this file>`):
 * counts the Lambda invocations the twin serves, per function, and answers them over the IPC channel its
 * parent opened (`'counters'` in, a `TwinCounters` out). The Lambda twin counts invocations per pool,
 * but nothing outside its process can read them; this counts them without a change to `local/`, by
 * wrapping the Lambda provider's `Invoke` operation (`LambdaProvider.invoke`), which AppSync's Lambda
 * data sources call. A call that takes another way is not counted: the bench says so when a read
 * shows no invocation.
 */
import { LambdaProvider } from '../../local/lambda/LambdaProvider.js';
import type { InvokeRequest, InvokeResponse } from '../../local/lambda/LambdaProvider.js';
import { parseFunctionName } from '../../local/lambda/parseFunctionName.js';
import { COUNTERS_REQUEST } from './TwinCounters.js';
import type { TwinCounters } from './TwinCounters.js';

type Invoke = (this: LambdaProvider, request: InvokeRequest) => Promise<InvokeResponse>;

const invocations: Record<string, number> = {};
const prototype = LambdaProvider.prototype as unknown as { invoke: Invoke };
const invoke = prototype.invoke;
prototype.invoke = function (this: LambdaProvider, request: InvokeRequest): Promise<InvokeResponse> {
  const name = parseFunctionName(String(request.FunctionName))?.name ?? String(request.FunctionName);
  invocations[name] = (invocations[name] ?? 0) + 1;
  return invoke.call(this, request);
};

process.on('message', (message) => {
  if (message !== COUNTERS_REQUEST) return;
  const counters: TwinCounters = { invocations: { ...invocations } };
  process.send?.(counters);
});
// The channel must not keep the twin alive: it stops as `npm start` does, on a signal.
process.channel?.unref();
