import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AwsError } from '../AwsError.js';
import type { OperationInput, SchedulerProvider } from './SchedulerProvider.js';
import { DEFAULT_GROUP } from './SchedulerProvider.js';
import type { ScheduleRunner } from './ScheduleRunner.js';

type Route = (input: OperationInput) => unknown;

/**
 * The HTTP face of the twin: routes restJson1 requests of `@aws-sdk/client-scheduler` (paths and query
 * names from its schema, `dist-es/schemas/schemas_0.js`) to the provider, and the local extra
 * `POST /_local/schedules/{Name}/fire[?groupName=]` to an immediate invocation. Errors answer with the
 * `x-amzn-errortype` header and a `{"Message": ...}` body; a fault of the twin is a 500
 * `InternalServerException` (Scheduler's modelled server error).
 */
export function handleSchedulerRequest(
  provider: SchedulerProvider,
  runner: ScheduleRunner,
  log: (line: string) => void,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    void respond(provider, runner, request).then(
      ({ status, body, errorType }) => send(response, status, body, errorType),
      (error: unknown) => {
        if (error instanceof AwsError) {
          send(response, error.status, { Message: error.message, ...error.extra }, error.code);
        } else {
          log(
            `scheduler: internal error on ${request.method} ${request.url}: ${(error as Error).stack ?? String(error)}`,
          );
          send(
            response,
            500,
            { Message: 'Internal error of the local Scheduler twin.' },
            'InternalServerException',
          );
        }
      },
    );
  };
}

interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly errorType?: string;
}

async function respond(
  provider: SchedulerProvider,
  runner: ScheduleRunner,
  request: IncomingMessage,
): Promise<Answer> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let segments: string[];
  try {
    segments = url.pathname.split('/').slice(1).map(decodeURIComponent);
  } catch {
    throw new AwsError('ValidationException', `Malformed path ${url.pathname}.`, 400);
  }
  const query = Object.fromEntries(url.searchParams);
  const method = request.method ?? 'GET';
  if (
    segments.length === 4 &&
    segments[0] === '_local' &&
    segments[1] === 'schedules' &&
    segments[3] === 'fire'
  ) {
    if (method !== 'POST') return unknownOperation(method, url.pathname);
    return fireNow(runner, query.groupName ?? DEFAULT_GROUP, segments[2] ?? '');
  }
  const [collection, name] = segments;
  if (collection !== 'schedules' || segments.length > 2) return unknownOperation(method, url.pathname);
  if (name === undefined || name === '') {
    if (method !== 'GET') return unknownOperation(method, url.pathname);
    return { status: 200, body: provider.listSchedules(query) };
  }
  const routes: Readonly<Record<string, Route>> = {
    POST: (input) => provider.createSchedule(input),
    GET: (input) => provider.getSchedule(input),
    PUT: (input) => provider.updateSchedule(input),
    DELETE: (input) => provider.deleteSchedule(input),
  };
  const route = routes[method];
  if (!route) return unknownOperation(method, url.pathname);
  const body = method === 'POST' || method === 'PUT' ? await readJsonObject(request) : {};
  // GET and DELETE carry groupName and clientToken in the query (httpQuery in the SDK schema).
  const input: OperationInput = {
    ...body,
    ...(query.groupName !== undefined && { GroupName: query.groupName }),
    ...(query.clientToken !== undefined && { ClientToken: query.clientToken }),
    Name: name,
  };
  return { status: 200, body: route(input) };
}

/** The local extra: 200 `{}` once the target ran, 502 `TargetInvocationFailed` with its error otherwise. */
async function fireNow(runner: ScheduleRunner, groupName: string, name: string): Promise<Answer> {
  try {
    await runner.fire(groupName, name);
    return { status: 200, body: {} };
  } catch (error) {
    if (error instanceof AwsError) throw error;
    return {
      status: 502,
      body: { Message: `The target of schedule ${name} failed: ${(error as Error).message}` },
      errorType: 'TargetInvocationFailed',
    };
  }
}

function unknownOperation(method: string, path: string): Answer {
  return {
    status: 404,
    body: { Message: `The local Scheduler twin has no operation ${method} ${path}.` },
    errorType: 'UnknownOperationException',
  };
}

async function readJsonObject(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AwsError('ValidationException', 'The request body is not valid JSON.', 400);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AwsError('ValidationException', 'The request body is not a JSON object.', 400);
  }
  return body as Record<string, unknown>;
}

function send(response: ServerResponse, status: number, body: unknown, errorType?: string): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': randomUUID(),
    ...(errorType !== undefined && { 'x-amzn-errortype': errorType }),
  });
  response.end(text);
}
