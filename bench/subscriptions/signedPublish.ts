import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';

const PUBLISH = `mutation ($input: OrderStatusEventInput!) {
  publishOrderStatus(input: $input) { orderId userId status reason at }
}`;

/** A `publishOrderStatus` POST, signed in advance so that timing starts when it is sent. */
export interface SignedPublish {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * Builds and SigV4-signs (service appsync, the backend's IAM keys `local`) the backend's publish of
 * `orderId` moving to CONFIRMED for `userId`, as the order functions send it to `graphqlUrl`.
 */
export async function signedPublish(
  graphqlUrl: string,
  orderId: string,
  userId: string,
): Promise<SignedPublish> {
  const url = new URL(graphqlUrl);
  const body = JSON.stringify({
    query: PUBLISH,
    variables: { input: { orderId, userId, status: 'CONFIRMED', at: new Date().toISOString() } },
  });
  const signed = await new SignatureV4({
    service: 'appsync',
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    sha256: Sha256,
  }).sign(
    new HttpRequest({
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      headers: { host: url.host, 'content-type': 'application/json' },
      body,
    }),
  );
  return { url: graphqlUrl, headers: signed.headers, body };
}
