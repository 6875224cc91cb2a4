import { defaultProvider } from '@aws-sdk/credential-provider-node';
// Node's own SHA-256, the one the SDK clients already in the bundle sign with (not a JS implementation).
import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { OrderStatusEvent, OrderStatusEventInput } from '../../../schema/generated/types.js';
import { AppSyncError } from './AppSyncError.js';
import type { AppSyncErrorEntry } from './AppSyncError.js';

/** The mutation that fans an order's status change out to `onOrderStatusChanged` (every field of the event). */
export const PUBLISH_ORDER_STATUS = `mutation PublishOrderStatus($input: OrderStatusEventInput!) {
  publishOrderStatus(input: $input) { orderId userId status reason at }
}`;

/** Credentials to sign with: fixed keys, or a provider the signer asks before each request. */
export type SigningCredentials = ConstructorParameters<typeof SignatureV4>[0]['credentials'];

/** Where the publisher sends, and as whom. */
export interface SignedPublisherOptions {
  /** The API's GraphQL endpoint (`GRAPHQL_URL`), e.g. `https://<id>.appsync-api.<region>.amazonaws.com/graphql`. */
  readonly graphqlUrl: string;
  /** The API's region: the signature's credential scope names it. */
  readonly region: string;
  /**
   * The function's own credentials by default: the AWS SDK's `defaultProvider`, which on Lambda reads the
   * role's keys and session token from the environment (in a function bundle that is all it does:
   * `functions/lib/sdk/envDefaultProvider.ts`).
   */
  readonly credentials?: SigningCredentials;
  /** How long one call may take, in milliseconds (10 s when absent). */
  readonly timeoutMs?: number;
}

/**
 * The JSON body of a `publishOrderStatus` call for `event`: the event's fields as the input, without
 * `__typename`, and without `reason` when there is none (the input's "omitted: none").
 *
 * @example
 * publishOrderStatusBody({ orderId: 'o1', userId: 'u1', status: 'CONFIRMED', reason: null, at: '2026-11-26T08:00:00.000Z' })
 * // => '{"query":"mutation PublishOrderStatus(...","variables":{"input":{"orderId":"o1",...}}}'
 */
export function publishOrderStatusBody(event: OrderStatusEvent): string {
  const input: OrderStatusEventInput = {
    orderId: event.orderId,
    userId: event.userId,
    status: event.status,
    at: event.at,
    ...(event.reason === null || event.reason === undefined ? {} : { reason: event.reason }),
  };
  return JSON.stringify({
    query: PUBLISH_ORDER_STATUS,
    operationName: 'PublishOrderStatus',
    variables: { input },
  });
}

/**
 * A publisher of order status changes: each call POSTs `publishOrderStatus` to the API, signed with AWS
 * SigV4 for service `appsync` as AppSync's IAM mode requires (the `host` and `content-type:
 * application/json` headers signed with the body's hash). It resolves once AppSync has run the mutation;
 * it rejects with an `AppSyncError` carrying AppSync's status, error types and messages when the answer
 * is not 2xx or has an `errors` array, and with the network's error when there is no answer. It never
 * retries: the caller decides what a lost event costs.
 */
export function signedPublisher(options: SignedPublisherOptions) {
  const target = new URL(options.graphqlUrl);
  const signer = new SignatureV4({
    service: 'appsync',
    region: options.region,
    credentials: options.credentials ?? defaultProvider(),
    sha256: Sha256,
  });
  const timeoutMs = options.timeoutMs ?? 10_000;
  return async (event: OrderStatusEvent): Promise<void> => {
    const body = publishOrderStatusBody(event);
    const signed = await signer.sign(
      new HttpRequest({
        method: 'POST',
        protocol: target.protocol,
        hostname: target.hostname,
        ...(target.port ? { port: Number(target.port) } : {}),
        path: target.pathname,
        headers: { host: target.host, 'content-type': 'application/json' },
        body,
      }),
    );
    const response = await fetch(target, {
      method: 'POST',
      headers: signed.headers,
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const errors = errorsOf(text);
    if (!response.ok) {
      const said = errors !== null && errors.length > 0 ? errors : [{ message: text.slice(0, 500) }];
      throw new AppSyncError('publishOrderStatus', response.status, said);
    }
    if (errors === null) {
      throw new AppSyncError('publishOrderStatus', response.status, [
        { message: `not a GraphQL response: ${text.slice(0, 500)}` },
      ]);
    }
    if (errors.length > 0) throw new AppSyncError('publishOrderStatus', response.status, errors);
  };
}

/** The `errors` of a GraphQL response body (empty when it has none); null when the body is not one. */
function errorsOf(text: string): AppSyncErrorEntry[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const { errors } = parsed as { errors?: unknown };
  if (errors === undefined || errors === null) return [];
  if (!Array.isArray(errors)) return null;
  return errors.map((error: unknown): AppSyncErrorEntry => {
    const { errorType, message } = (error ?? {}) as { errorType?: unknown; message?: unknown };
    return {
      ...(typeof errorType === 'string' ? { errorType } : {}),
      message: typeof message === 'string' ? message : JSON.stringify(error),
    };
  });
}
