import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { crc32 } from 'node:zlib';
import { AwsError } from '../AwsError.js';

// The `__type` namespace DynamoDB gives each error code: the service framework's own errors, the
// request validator's, and the service's.
const CORAL_SERVICE_ERRORS = new Set([
  'IncompleteSignatureException',
  'InternalFailure',
  'InvalidSignatureException',
  'MissingAuthenticationTokenException',
  'SerializationException',
  'UnknownOperationException',
]);

/** The `__type` of an error body: `com.amazonaws.dynamodb.v20120810#ResourceNotFoundException`, ... */
export function errorType(code: string): string {
  if (code === 'ValidationException') return `com.amazon.coral.validate#${code}`;
  if (CORAL_SERVICE_ERRORS.has(code)) return `com.amazon.coral.service#${code}`;
  return `com.amazonaws.dynamodb.v20120810#${code}`;
}

/** Answers 200 with `body` in DynamoDB's JSON 1.0 protocol (with its request id and CRC32 headers). */
export function sendResult(res: ServerResponse, body: unknown): void {
  send(res, 200, body);
}

/**
 * Answers an error as DynamoDB does: `{"__type":..., "message":..., ...extra}` with the error's status.
 * Anything but an {@link AwsError} is a bug of the twin: 500 InternalFailure, reported through `log`.
 */
export function sendError(res: ServerResponse, error: unknown, log?: (line: string) => void): void {
  if (error instanceof AwsError) {
    send(res, error.status, { __type: errorType(error.code), message: error.message, ...error.extra });
    return;
  }
  log?.(
    `dynamodb: internal failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  send(res, 500, { __type: errorType('InternalFailure'), message: 'The request processing has failed.' });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.0',
    'content-length': Buffer.byteLength(json),
    // Like dynalite's: 52 characters of upper-case base 64.
    'x-amzn-requestid': randomBytes(39).toString('base64').toUpperCase().replace(/[+/]/g, '0'),
    'x-amz-crc32': String(crc32(json)),
  });
  res.end(json);
}
