import type { FunctionSpec } from '../../infra/description.js';

/** Where and how a function runs, as its reserved environment variables tell it. */
export interface RuntimeFacts {
  readonly name: string;
  readonly spec: FunctionSpec;
  readonly region: string;
  /** The folder of the unpacked bundle. */
  readonly taskRoot: string;
  readonly logGroupName: string;
  readonly logStreamName: string;
}

/**
 * A function's whole `process.env`: `local` credentials unless `own` has others, then `own` (the
 * function's environment and the twin's endpoints), then Lambda's reserved variables, which a function
 * cannot override on AWS either.
 */
export function lambdaEnvironment(
  facts: RuntimeFacts,
  own: Readonly<Record<string, string>>,
): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    ...own,
    AWS_REGION: facts.region,
    AWS_DEFAULT_REGION: facts.region,
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    AWS_LAMBDA_FUNCTION_NAME: facts.name,
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(facts.spec.memoryMb),
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_LAMBDA_LOG_GROUP_NAME: facts.logGroupName,
    AWS_LAMBDA_LOG_STREAM_NAME: facts.logStreamName,
    LAMBDA_TASK_ROOT: facts.taskRoot,
    _HANDLER: 'index.handler',
  };
}
