/** What the main thread asks of the subscriber worker; every request carries a `seq` echoed in its reply. */
export type SubscriberRequest =
  | {
      readonly op: 'open';
      readonly seq: number;
      /** The real-time endpoint (`ws://…/graphql/realtime`). */
      readonly url: string;
      /** The handshake's and every `start`'s authorization headers. */
      readonly headers: Readonly<Record<string, string>>;
      readonly connections: number;
    }
  /** Starts `perConnection` more subscriptions to `query` on every open connection. */
  | {
      readonly op: 'subscribe';
      readonly seq: number;
      readonly headers: Readonly<Record<string, string>>;
      readonly perConnection: number;
      readonly query: string;
    }
  /** Replies once `count` data messages for `orderId` have arrived, or with an error after `timeoutMs`. */
  | {
      readonly op: 'await';
      readonly seq: number;
      readonly orderId: string;
      readonly count: number;
      readonly timeoutMs: number;
    }
  /** Replies with and forgets the receipt times recorded so far. */
  | { readonly op: 'receipts'; readonly seq: number }
  /** Collects garbage (when it can), then replies with the worker's heap. */
  | { readonly op: 'heap'; readonly seq: number }
  /** Closes every socket and waits for the closes. */
  | { readonly op: 'close'; readonly seq: number };

/** The worker's reply to the request numbered `seq`. */
export type SubscriberReply =
  | { readonly seq: number; readonly ok: true; readonly value: SubscriberValue }
  | { readonly seq: number; readonly ok: false; readonly error: string };

/**
 * A reply's value: `opened` counts connections acknowledged, `started` subscriptions acknowledged; `receipts` maps each orderId to the
 * `process.hrtime` (ns, as a number) at which each of its data messages arrived; `heap` is in bytes.
 */
export type SubscriberValue =
  | { readonly opened: number }
  | { readonly started: number }
  | { readonly receipts: Readonly<Record<string, readonly number[]>> }
  | { readonly heapUsed: number; readonly gc: boolean }
  | { readonly closed: number }
  | { readonly delivered: number };
