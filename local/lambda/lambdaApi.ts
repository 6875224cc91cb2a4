import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { AwsError } from '../AwsError.js';
import type { LambdaProvider } from './LambdaProvider.js';

const INVOKE_PATH = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/;

/**
 * The Lambda API over HTTP (restJson1), as `@aws-sdk/client-lambda` speaks it: `Invoke` at
 * `POST /2015-03-31/functions/{FunctionName}/invocations`. Errors carry their code in `x-amzn-ErrorType`
 * and `{ Type, message }` in the body; anything unexpected is a 500 `InternalFailure`.
 */
export function lambdaApi(provider: LambdaProvider, log?: (line: string) => void): RequestListener {
  return (request, response) => {
    const requestId = randomUUID();
    handle(provider, request, response, requestId).catch((error: unknown) => {
      const failure =
        error instanceof AwsError ? error : new AwsError('InternalFailure', (error as Error).message, 500);
      if (!(error instanceof AwsError))
        log?.(`lambda: internal failure: ${(error as Error).stack ?? String(error)}`);
      const body = JSON.stringify({
        Type: failure.status >= 500 ? 'Service' : 'User',
        message: failure.message,
        ...failure.extra,
      });
      response
        .writeHead(failure.status, {
          'content-type': 'application/json',
          'x-amzn-errortype': failure.code,
          'x-amzn-requestid': requestId,
        })
        .end(body);
    });
  };
}

async function handle(
  provider: LambdaProvider,
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const match = INVOKE_PATH.exec(url.pathname);
  const body = await readBody(request);
  if (request.method !== 'POST' || !match?.[1]) {
    throw new AwsError(
      'UnknownOperationException',
      `The Lambda twin implements only Invoke (POST /2015-03-31/functions/{FunctionName}/invocations), not ${request.method} ${url.pathname}`,
      404,
    );
  }
  const qualifier = url.searchParams.get('Qualifier');
  const result = await provider.invoke({
    FunctionName: decodeURIComponent(match[1]),
    ...(qualifier ? { Qualifier: qualifier } : {}),
    ...header(request, 'x-amz-invocation-type', 'InvocationType'),
    ...header(request, 'x-amz-log-type', 'LogType'),
    Payload: body,
  });
  const headers: Record<string, string> = { 'x-amzn-requestid': result.invocation?.requestId ?? requestId };
  if (result.Payload !== undefined) headers['content-type'] = 'application/json';
  if (result.ExecutedVersion) headers['x-amz-executed-version'] = result.ExecutedVersion;
  if (result.FunctionError) headers['x-amz-function-error'] = result.FunctionError;
  if (result.LogResult) headers['x-amz-log-result'] = result.LogResult;
  response.writeHead(result.StatusCode, headers).end(result.Payload ?? '');
}

function header<K extends string>(
  request: IncomingMessage,
  name: string,
  key: K,
): Partial<Record<K, string>> {
  const value = request.headers[name];
  return typeof value === 'string' ? ({ [key]: value } as Record<K, string>) : {};
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
