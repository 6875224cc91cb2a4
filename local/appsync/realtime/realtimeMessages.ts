import type { EventPayload } from './shapeEvent.js';

/** An error in a real-time message, as AppSync sends it: `errorType` and `errorCode` when it has them. */
export interface RealtimeError {
  readonly errorType?: string;
  readonly message: string;
  readonly errorCode?: number;
}

/** A message the server sends (real-time-websocket-client docs, "Real-time WebSocket operation"). */
export type ServerMessage =
  | { readonly type: 'connection_ack'; readonly payload: { readonly connectionTimeoutMs: number } }
  | { readonly type: 'connection_error'; readonly payload: { readonly errors: readonly RealtimeError[] } }
  | { readonly type: 'ka' }
  | { readonly type: 'start_ack'; readonly id: string }
  | { readonly type: 'data'; readonly id: string; readonly payload: EventPayload }
  | { readonly type: 'complete'; readonly id: string }
  | {
      readonly type: 'error';
      readonly id?: string;
      readonly payload: { readonly errors: readonly RealtimeError[] };
    };

/**
 * The errors AppSync's real-time endpoint answers, with the text recorded from the service (sources
 * beside each); where none was found the comment says so.
 */
export const realtimeErrors = {
  /**
   * A handshake with neither the `header-` subprotocol nor the `header` query parameter: recorded
   * verbatim, without errorType (aws-amplify/amplify-swift#1384).
   */
  handshakeMissing: (): RealtimeError => ({
    message: 'Both, the "header", and the "payload" query string parameters are missing',
    errorCode: 400,
  }),

  /**
   * A handshake whose authorization fails: AppSync's `errorType` and message with the HTTP status as
   * `errorCode` (recorded: `{"errorType":"UnauthorizedException","message":"You are not authorized to
   * make this call.","errorCode":401}`, aws-amplify/amplify-flutter#2763).
   */
  handshakeRefused: (errorType: string, message: string, status: number): RealtimeError => ({
    errorType,
    message,
    errorCode: status,
  }),

  /**
   * A `start` whose `payload.extensions.authorization` fails: errorType and message, no errorCode
   * (recorded: `{"errorType":"UnauthorizedException","message":"Valid authorization header not
   * provided."}`, aws-amplify/aws-appsync-realtime-client-ios#108).
   */
  startRefused: (errorType: string, message: string): RealtimeError => ({ errorType, message }),

  /** A second `start` with an id in use (recorded: aws-amplify/amplify-js#12818). */
  duplicated: (id: string): RealtimeError => ({
    errorType: 'DuplicatedOperationError',
    message: `Duplicated operation with id ${id}`,
  }),

  /** One subscription more than the connection may hold (recorded: aws-amplify/amplify-js#8370). */
  maxSubscriptions: (limit: number): RealtimeError => ({
    errorType: 'MaxSubscriptionsReachedError',
    message: `Max number of ${limit} subscriptions reached`,
  }),

  /**
   * An operation the channel does not serve: `<operation> not supported through the realtime channel`.
   * Recorded with an empty operation (awslabs/aws-mobile-appsync-sdk-ios#372) and with `unknown`
   * (a start whose operation could not be read, volcengine.com/article/2442750); the twin also answers
   * `query`/`mutation` documents, unreadable messages and unknown message types this way.
   */
  unsupported: (operation: string): RealtimeError => ({
    errorType: 'UnsupportedOperation',
    message: `${operation} not supported through the realtime channel`,
  }),

  /** A `start` without an id. No AppSync answer was found; the twin's own text. */
  missingId: (): RealtimeError => ({
    errorType: 'BadRequestException',
    message: 'The start message has no id.',
  }),

  /**
   * A filter set by the subscription resolver that AppSync would refuse. No AppSync answer was found;
   * the twin's own text, without errorType like a validation error.
   */
  invalidFilter: (problem: string): RealtimeError => ({ message: `Invalid subscription filter: ${problem}` }),

  /** A fault of the twin while serving a `start` (e.g. the user pool's keys could not be fetched). */
  internal: (message: string): RealtimeError => ({ errorType: 'InternalFailure', message }),
} as const;
