import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { AwsError } from './AwsError.js';

/** What an internal twin service accepts, besides requests addressed to its own loopback port. */
export interface RequestPolicy {
  /**
   * The media types (without parameters) a request with a body may carry: those of the service's AWS
   * protocol, as its AWS SDK client sends them (`application/x-amz-json-1.1` for Cognito, ...).
   */
  readonly contentTypes: readonly string[];
  /**
   * Web origins whose pages may call the service (CORS), e.g. the shop's own origin for Cognito, which
   * the app calls from the browser. A page of any other origin is refused. None when absent.
   */
  readonly corsOrigins?: readonly string[];
}

/**
 * Wraps an internal service's request listener so that it serves the developer's own machine only:
 *
 * - the `Host` must be `127.0.0.1:<port>` or `localhost:<port>`, `<port>` the one the request came in
 *   on: a page of another site that rebinds its DNS name to 127.0.0.1 reaches the port, but names its
 *   own host (403 `AccessDeniedException`);
 * - a request from a web page (one with an `Origin`) must come from the service's own origin or one of
 *   `corsOrigins`; pages of other origins get no answer and no CORS header (403 `AccessDeniedException`);
 *   the allowed `corsOrigins` get CORS headers and their preflights answered (204);
 * - a request with a body must carry one of `contentTypes` (415 `UnsupportedMediaTypeException`), so that
 *   no `text/plain` or form POST, which browsers send without a preflight, reaches an operation; a body
 *   without a `Content-Type` counts as `application/octet-stream` (RFC 9110 §8.3), which is how the AWS CLI
 *   sends a Lambda `Invoke` payload.
 *
 * Refusals are AWS-shaped: the code in `x-amzn-errortype` and a JSON `__type`/`message` body, or the
 * query protocol's XML `ErrorResponse` for a form-encoded request (SNS, SES v1). The rest goes to
 * `listener` untouched.
 */
export function guardRequest(policy: RequestPolicy, listener: RequestListener): RequestListener {
  const contentTypes = new Set(policy.contentTypes.map((type) => type.toLowerCase()));
  const corsOrigins = new Set((policy.corsOrigins ?? []).map(loopbackOrigin));
  return (request, response) => {
    const port = request.socket.localPort;
    const host = request.headers.host?.toLowerCase();
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      refuse(
        request,
        response,
        new AwsError(
          'AccessDeniedException',
          `This local service answers requests to 127.0.0.1:${port} or localhost:${port} only, not to ${host ?? 'no host'}.`,
          403,
        ),
      );
      return;
    }
    const origin = request.headers.origin;
    const cors = origin !== undefined && corsOrigins.has(loopbackOrigin(origin));
    if (origin !== undefined && !cors && loopbackOrigin(origin) !== `http://127.0.0.1:${port}`) {
      refuse(
        request,
        response,
        new AwsError(
          'AccessDeniedException',
          `This local service answers no web page of ${origin}: only AWS SDKs and the shop's own pages.`,
          403,
        ),
      );
      return;
    }
    if (cors) {
      response.setHeader('access-control-allow-origin', origin);
      response.setHeader('vary', 'Origin');
      response.setHeader('access-control-expose-headers', 'x-amzn-requestid, x-amzn-errortype');
      if (request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined) {
        response.writeHead(204, {
          'access-control-allow-methods': 'GET, POST',
          'access-control-allow-headers': request.headers['access-control-request-headers'] ?? '',
          'access-control-max-age': '86400',
          'content-length': 0,
        });
        response.end();
        return;
      }
    }
    const type = mediaType(request);
    if (hasBody(request) && !contentTypes.has(type ?? 'application/octet-stream')) {
      refuse(
        request,
        response,
        new AwsError(
          'UnsupportedMediaTypeException',
          `Unsupported content type ${type ?? '(none)'}: this service accepts ${policy.contentTypes.join(', ')}.`,
          415,
        ),
      );
      return;
    }
    listener(request, response);
  };
}

/** `http://localhost:<port>` is `http://127.0.0.1:<port>`: the same twin under its other loopback name. */
function loopbackOrigin(origin: string): string {
  return origin.toLowerCase().replace(/^http:\/\/localhost(?=:\d+$)/, 'http://127.0.0.1');
}

function mediaType(request: IncomingMessage): string | undefined {
  const header = request.headers['content-type'];
  return header === undefined ? undefined : (header.split(';')[0] ?? '').trim().toLowerCase();
}

function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && Number(length) !== 0);
}

function refuse(request: IncomingMessage, response: ServerResponse, error: AwsError): void {
  const requestId = randomUUID();
  // The refused body is left unread: closing the connection keeps it from being read as the next request.
  const close = { connection: 'close' };
  if (mediaType(request) === 'application/x-www-form-urlencoded') {
    const xml =
      `<ErrorResponse><Error><Type>Sender</Type><Code>${escapeXml(error.code)}</Code>` +
      `<Message>${escapeXml(error.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
    response.writeHead(error.status, {
      'content-type': 'text/xml',
      'content-length': Buffer.byteLength(xml),
      'x-amzn-errortype': error.code,
      'x-amzn-requestid': requestId,
      ...close,
    });
    response.end(xml);
    return;
  }
  const json = JSON.stringify({ __type: error.code, message: error.message });
  response.writeHead(error.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(json),
    'x-amzn-errortype': error.code,
    'x-amzn-requestid': requestId,
    ...close,
  });
  response.end(json);
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);
}
