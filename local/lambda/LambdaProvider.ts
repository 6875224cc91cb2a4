import { AwsError } from '../AwsError.js';
import type { FunctionSpec } from '../../infra/description.js';
import type { FunctionPool, Invocation } from './FunctionPool.js';
import { parseFunctionName } from './parseFunctionName.js';

/** One deployed function: what `GetFunction` would describe, and the workers that run it. */
export interface LambdaFunction {
  /** `FunctionName`: the logical name from the stack description. */
  readonly name: string;
  /** `FunctionArn`, unqualified. */
  readonly arn: string;
  readonly spec: FunctionSpec;
  readonly pool: FunctionPool;
}

/** The `Invoke` request (restJson1: path, query, headers and body). */
export interface InvokeRequest {
  readonly FunctionName: string;
  /** `?Qualifier=`. */
  readonly Qualifier?: string;
  /** `X-Amz-Invocation-Type`; default `RequestResponse`. */
  readonly InvocationType?: string;
  /** `X-Amz-Log-Type`; default `None`. */
  readonly LogType?: string;
  /** The body: the event as JSON text; empty means `{}`. */
  readonly Payload: string;
}

/** The `Invoke` response. */
export interface InvokeResponse {
  readonly StatusCode: 200 | 202 | 204;
  readonly Payload?: string;
  /** `X-Amz-Function-Error`. */
  readonly FunctionError?: string;
  /** `X-Amz-Log-Result`: base64 of the last 4 KB of the call's log, when `LogType` is `Tail`. */
  readonly LogResult?: string;
  /** `X-Amz-Executed-Version`. */
  readonly ExecutedVersion?: string;
  /** The finished call, for in-process callers (synchronous calls only). */
  readonly invocation?: Invocation;
}

const INVOCATION_TYPES = ['Event', 'RequestResponse', 'DryRun'] as const;
const LOG_TYPES = ['None', 'Tail'] as const;
// Invoke's synchronous request limit.
const MAX_REQUEST_BYTES = 6_291_456;
const TAIL_BYTES = 4096;

/**
 * The Lambda API provider: one method per operation the twin supports (only `Invoke`), over the store
 * of deployed functions. Errors are `AwsError`s with Lambda's code, message and status.
 */
export class LambdaProvider {
  readonly #functions: ReadonlyMap<string, LambdaFunction>;
  readonly #region: string;
  readonly #accountId: string;
  readonly #log: ((line: string) => void) | undefined;

  constructor(
    functions: ReadonlyMap<string, LambdaFunction>,
    context: { readonly region: string; readonly accountId: string; readonly log?: (line: string) => void },
  ) {
    this.#functions = functions;
    this.#region = context.region;
    this.#accountId = context.accountId;
    this.#log = context.log;
  }

  /**
   * `Invoke`: `RequestResponse` waits for the handler and answers 200 with its result (or its error
   * document and `FunctionError: Unhandled`); `Event` queues the call and answers 202; `DryRun` only
   * checks the function exists and answers 204.
   */
  async invoke(request: InvokeRequest): Promise<InvokeResponse> {
    const invocationType = request.InvocationType ?? 'RequestResponse';
    const logType = request.LogType ?? 'None';
    const violations = [
      ...enumViolation('invocationType', invocationType, INVOCATION_TYPES),
      ...enumViolation('logType', logType, LOG_TYPES),
    ];
    if (violations.length > 0) {
      throw new AwsError(
        'ValidationException',
        `${violations.length} validation error${violations.length > 1 ? 's' : ''} detected: ${violations.join('; ')}`,
      );
    }
    const fn = this.resolve(request.FunctionName, request.Qualifier);
    if (invocationType === 'DryRun') return { StatusCode: 204 };

    if (invocationType === 'RequestResponse' && Buffer.byteLength(request.Payload) > MAX_REQUEST_BYTES) {
      throw new AwsError(
        'RequestTooLargeException',
        `Request must be smaller than ${MAX_REQUEST_BYTES} bytes for the InvokeFunction operation`,
        413,
      );
    }
    const event = request.Payload.trim() === '' ? '{}' : request.Payload;
    try {
      JSON.parse(event);
    } catch (error) {
      throw new AwsError(
        'InvalidRequestContentException',
        `Could not parse request body into json: ${(error as Error).message}`,
      );
    }

    if (invocationType === 'Event') {
      fn.pool.invoke(event).then(
        (invocation) => {
          if (invocation.functionError)
            this.#log?.(`[${fn.name}] asynchronous invocation ${invocation.requestId} failed`);
        },
        (error: Error) => this.#log?.(`[${fn.name}] asynchronous invocation not run: ${error.message}`),
      );
      return { StatusCode: 202 };
    }

    const invocation = await fn.pool.invoke(event);
    return {
      StatusCode: 200,
      Payload: invocation.payload,
      ...(invocation.functionError ? { FunctionError: invocation.functionError } : {}),
      ...(logType === 'Tail' ? { LogResult: tail(invocation.log) } : {}),
      ExecutedVersion: '$LATEST',
      invocation,
    };
  }

  /**
   * The function a `FunctionName` (name, partial or full ARN, optionally qualified) and `Qualifier` refer
   * to. Only `$LATEST` exists locally; anything else is `ResourceNotFoundException` (404).
   */
  resolve(functionName: string, qualifier?: string): LambdaFunction {
    const reference = parseFunctionName(functionName);
    const region = reference?.region ?? this.#region;
    const accountId = reference?.accountId ?? this.#accountId;
    const name = reference?.name ?? functionName;
    const version = qualifier ?? reference?.qualifier;
    const fn = this.#functions.get(name);
    if (
      !reference ||
      !fn ||
      region !== this.#region ||
      accountId !== this.#accountId ||
      (version && version !== '$LATEST')
    ) {
      const arn = `arn:aws:lambda:${region}:${accountId}:function:${name}${version ? `:${version}` : ''}`;
      throw new AwsError('ResourceNotFoundException', `Function not found: ${arn}`, 404);
    }
    return fn;
  }
}

function enumViolation(member: string, value: string, allowed: readonly string[]): string[] {
  if (allowed.includes(value)) return [];
  return [
    `Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
  ];
}

function tail(log: string): string {
  const bytes = Buffer.from(log);
  return bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)).toString('base64');
}
