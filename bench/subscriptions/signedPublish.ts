import { iamSignedHeaders } from '../../test/support/twinClients.js';

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
  const body = JSON.stringify({
    query: PUBLISH,
    variables: { input: { orderId, userId, status: 'CONFIRMED', at: new Date().toISOString() } },
  });
  return { url: graphqlUrl, headers: await iamSignedHeaders(graphqlUrl, body), body };
}
