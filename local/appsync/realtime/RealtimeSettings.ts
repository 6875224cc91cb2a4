/** The real-time endpoint's limits and timers; each defaults to AppSync's figure (see `REALTIME_DEFAULTS`). */
export interface RealtimeSettings {
  /** Sent in `connection_ack`: how long a client waits for a `ka` before it gives the socket up. */
  readonly connectionTimeoutMs?: number;
  /** How often the server sends `ka`. */
  readonly keepAliveIntervalMs?: number;
  /** A connection holding no subscription this long is closed. */
  readonly idleTimeoutMs?: number;
  /** Subscriptions one connection may hold at once. */
  readonly maxSubscriptionsPerConnection?: number;
  /** The largest `data` payload delivered, in bytes of JSON; larger events are dropped. */
  readonly maxPayloadBytes?: number;
  /** The largest message a client may send, in bytes; a larger one closes the socket (1009). */
  readonly maxClientMessageBytes?: number;
}

/**
 * AppSync's figures, with where each comes from:
 * - `connectionTimeoutMs` 300000: the `connection_ack` in the real-time-websocket-client docs.
 * - `keepAliveIntervalMs` 60000: not documented ("periodically"); one minute per the clients
 *   (aws-appsync-subscription-link `SERVER_KEEP_ALIVE_TIMEOUT`) and graphql-dotnet/server#855.
 * - `idleTimeoutMs` 300000: AppSync's behaviour for a connection without subscriptions was not found;
 *   the twin closes it after `connectionTimeoutMs`.
 * - `maxSubscriptionsPerConnection` 100: the "Subscriptions per connection" quota (general reference,
 *   AppSync quotas, as quoted on re:Post "subscriptions per connection ... default 100") and the recorded
 *   "Max number of 100 subscriptions reached" (aws-amplify/amplify-js#8370).
 * - `maxPayloadBytes` 240 KB: the "Subscription payload size" quota ("240KB over WebSockets",
 *   aws/aws-appsync-community#175, which also reports that a larger event is dropped without an error).
 * - `maxClientMessageBytes` 1 MiB: AppSync's figure was not found; the twin's HTTP body limit.
 */
export const REALTIME_DEFAULTS: Required<RealtimeSettings> = {
  connectionTimeoutMs: 300_000,
  keepAliveIntervalMs: 60_000,
  idleTimeoutMs: 300_000,
  maxSubscriptionsPerConnection: 100,
  maxPayloadBytes: 240 * 1024,
  maxClientMessageBytes: 1024 * 1024,
};
