import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { AwsError } from '../AwsError.js';
import type { DataApiCallCounter } from './DataApiCallCounter.js';
import type { DataApiOperation } from './DataApiCalls.js';
import { badRequest } from './dataApiErrors.js';
import type { RdsDataProvider } from './RdsDataProvider.js';

// The restJson1 routes of the rds-data model: every operation is a POST with a JSON body.
const OPERATIONS: Readonly<Record<string, DataApiOperation>> = {
  '/Execute': 'executeStatement',
  '/BatchExecute': 'batchExecuteStatement',
  '/BeginTransaction': 'beginTransaction',
  '/CommitTransaction': 'commitTransaction',
  '/RollbackTransaction': 'rollbackTransaction',
};

/**
 * The HTTP face of the Data API twin (restJson1): routes `POST /Execute`, `/BatchExecute`,
 * `/BeginTransaction`, `/CommitTransaction` and `/RollbackTransaction` to the provider and answers its
 * result as JSON with status 200. An `AwsError` answers its status with the `x-amzn-errortype` header and
 * a `{"message"}` body, which the AWS SDK turns into the modelled exception; any other path answers 404
 * UnknownOperationException; anything else thrown answers 500 InternalServerErrorException and is logged.
 * SigV4 signatures are accepted without being checked.
 *
 * Each call of an operation is counted in `calls`, and so is each answered with an error; a path that
 * is no operation, or a body that is no JSON, names no call and is not counted.
 */
export function rdsDataListener(
  provider: RdsDataProvider,
  calls: DataApiCallCounter,
  log: (line: string) => void,
): RequestListener {
  return (request, response) => {
    void handle(provider, calls, log, request, response);
  };
}

async function handle(
  provider: RdsDataProvider,
  calls: DataApiCallCounter,
  log: (line: string) => void,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  try {
    const operation = request.method === 'POST' ? OPERATIONS[path] : undefined;
    const text = await readBody(request);
    if (operation === undefined) {
      throw new AwsError(
        'UnknownOperationException',
        `No Data API operation at ${request.method ?? ''} ${path}`,
        404,
      );
    }
    const body = parseJson(text);
    calls.served(operation, body);
    let result: unknown;
    try {
      result = await provider[operation](body);
    } catch (error) {
      calls.failed();
      throw error;
    }
    send(response, 200, {}, result);
  } catch (error) {
    if (error instanceof AwsError) {
      send(
        response,
        error.status,
        { 'x-amzn-errortype': error.code },
        { message: error.message, ...error.extra },
      );
    } else {
      log(
        `rds-data: internal error on ${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      send(
        response,
        500,
        { 'x-amzn-errortype': 'InternalServerErrorException' },
        { message: `Internal error of the Data API twin: ${String(error)}` },
      );
    }
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('The request body is not valid JSON');
  }
}

function send(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: unknown,
): void {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(json),
    'x-amzn-requestid': randomUUID(),
    ...headers,
  });
  response.end(json);
}
