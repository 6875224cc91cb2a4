import type { Context } from 'cognito-local/lib/services/context.js';

/**
 * One AWS operation of the Cognito twin: the JSON input as the AWS SDK sent it, the JSON output. The
 * default `Input` of `never` lets a table hold operations of every input type; the request handler is
 * the one place that hands a parsed body to one.
 */
export type Operation<Input = never, Output extends object = object> = (
  ctx: Context,
  input: Input,
) => Promise<Output>;
