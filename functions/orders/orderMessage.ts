/** The body of a message on the orders queue: the order to process, nothing else (it is read fresh). */
export interface OrderMessage {
  readonly orderId: string;
}

/** The queue message for an order. */
export function writeOrderMessage(orderId: string): string {
  return JSON.stringify({ orderId } satisfies OrderMessage);
}

/** The order a queue message names; throws on a body the shop did not send (it ends in the DLQ). */
export function readOrderMessage(body: string): OrderMessage {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new Error(`Not an order message: ${body.slice(0, 200)}`);
  }
  const orderId = (parsed as { orderId?: unknown } | null)?.orderId;
  if (typeof orderId !== 'string' || orderId.length === 0 || orderId.length > 64) {
    throw new Error(`Not an order message: ${body.slice(0, 200)}`);
  }
  return { orderId };
}
