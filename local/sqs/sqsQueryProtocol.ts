import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener } from 'node:http';
import { sqsQueryToJson } from './sqsQueryToJson.js';
import { sqsQueryErrorXml, sqsQueryXml } from './sqsQueryXml.js';

/** An answer of the JSON protocol: status, the `x-amzn-query-error` header when it failed, the body. */
export interface SqsJsonAnswer {
  readonly status: number;
  /** `AWS.SimpleQueueService.NonExistentQueue;Sender`: the query protocol's code and fault of the error. */
  readonly queryError?: string;
  readonly body: string;
}

/** Calls `action` in the AWS JSON 1.0 protocol (`x-amz-target: AmazonSQS.<action>`), with the caller's headers. */
export type SqsJsonCaller = (
  action: string,
  input: Readonly<Record<string, unknown>>,
  headers: Readonly<Record<string, string>>,
) => Promise<SqsJsonAnswer>;

// SQS messages are up to 1 MiB; a batch is too, and form encoding can triple a body's size.
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * Whether `request` is an SQS call in the query protocol: form-encoded and SigV4-signed for service `sqs`
 * (the credential scope `<key>/<date>/<region>/sqs/aws4_request`). SNS speaks the query protocol on the
 * same port; AWS tells them apart by host name, the twin by the service the caller signed for.
 */
export function isSqsQueryRequest(request: IncomingMessage): boolean {
  const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  const scope = /Credential=[^/,]+\/\d{8}\/[^/,]+\/([^/,]+)\/aws4_request/.exec(
    request.headers.authorization ?? '',
  );
  return type === 'application/x-www-form-urlencoded' && scope?.[1] === 'sqs';
}

/**
 * SQS's query protocol (`Action=SendMessage&Version=2012-11-05&...`, XML answers) in front of an
 * implementation of the JSON protocol only (fauxqs 1.x): each call is read into the JSON protocol's
 * input (`sqsQueryToJson`), made through `callJson`, and its answer written back as the query protocol's
 * XML (`sqsQueryXml`), errors under their query codes (the `x-amzn-query-error` header AWS's JSON
 * protocol sends for this purpose). AWS still serves the query protocol; the AWS CLI before 2.13
 * (Debian 12's awscli 2.9) and older SDKs speak nothing else.
 */
export function sqsQueryProtocol(callJson: SqsJsonCaller): RequestListener {
  return (request, response) => {
    const requestId = randomUUID();
    const answer = (status: number, xml: string): void => {
      response.writeHead(status, {
        'content-type': 'text/xml',
        'content-length': Buffer.byteLength(xml),
        'x-amzn-requestid': requestId,
      });
      response.end(xml);
    };
    const fail = (status: number, code: string, message: string, fault: 'Sender' | 'Receiver'): void =>
      answer(status, sqsQueryErrorXml({ code, message, fault }, requestId));

    const chunks: Buffer[] = [];
    let size = 0;
    // A client that goes away mid-body leaves nothing to answer.
    request.on('error', () => response.destroy());
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > MAX_BODY_BYTES) {
        fail(413, 'RequestEntityTooLarge', `The request body is over ${MAX_BODY_BYTES} bytes.`, 'Sender');
        return;
      }
      const { action, input } = sqsQueryToJson(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      if (!action) {
        fail(400, 'MissingAction', 'The request must contain the parameter Action.', 'Sender');
        return;
      }
      const forwarded: Record<string, string> = {};
      for (const name of ['host', 'authorization', 'x-amz-date']) {
        const value = request.headers[name];
        if (typeof value === 'string') forwarded[name] = value;
      }
      callJson(action, input, forwarded).then(
        (json) => {
          if (json.status < 300) {
            answer(200, sqsQueryXml(action, jsonOutput(json.body), requestId));
            return;
          }
          const { type, message } = jsonError(json.body);
          const [code = type, fault = json.status >= 500 ? 'Receiver' : 'Sender'] =
            json.queryError?.split(';') ?? [];
          fail(json.status, code, message, fault === 'Receiver' ? 'Receiver' : 'Sender');
        },
        (error: unknown) => fail(500, 'InternalError', (error as Error).message, 'Receiver'),
      );
    });
  };
}

/** The code (`__type` after its namespace) and message of a JSON protocol error body. */
function jsonError(body: string): { readonly type: string; readonly message: string } {
  try {
    const { __type, message } = JSON.parse(body) as { __type?: unknown; message?: unknown };
    return {
      type: typeof __type === 'string' ? (__type.split('#').pop() ?? __type) : 'InternalError',
      message: typeof message === 'string' ? message : '',
    };
  } catch {
    return { type: 'InternalError', message: body.slice(0, 500) };
  }
}

/** A JSON protocol output; `{}` for an empty or unreadable body (an action without output answers `{}`). */
function jsonOutput(body: string): Readonly<Record<string, unknown>> {
  try {
    const output: unknown = JSON.parse(body);
    return typeof output === 'object' && output !== null ? (output as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
