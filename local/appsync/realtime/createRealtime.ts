import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { AwsError } from '../../AwsError.js';
import type { FrontService, UpgradeHandler } from '../../front/startFront.js';
import type { LocalService } from '../../LocalService.js';
import type { PublishedMutation } from '../execution/createEngine.js';
import { matchesArguments } from './matchesArguments.js';
import { matchesFilter, matchesInvalidationFilter } from './matchesFilter.js';
import { projectMutation } from './projectMutation.js';
import { readHandshake } from './readHandshake.js';
import { RealtimeConnection } from './RealtimeConnection.js';
import type { ActiveSubscription, SubscriptionRegistry } from './RealtimeConnection.js';
import type { RealtimeBackend } from './RealtimeBackend.js';
import { REALTIME_DEFAULTS } from './RealtimeSettings.js';
import type { RealtimeSettings } from './RealtimeSettings.js';
import { realtimeErrors } from './realtimeMessages.js';
import type { RealtimeError, ServerMessage } from './realtimeMessages.js';
import { shapeEvent } from './shapeEvent.js';
import { subscriptionTargets } from './subscriptionTargets.js';

export interface RealtimeOptions {
  /** The AppSync twin (`createAppSync`) or any backend with its schema, auth and engine. */
  readonly appsync: RealtimeBackend;
  /** The twin's front: the endpoint mounts its upgrade handler there. Absent: mount `upgrade` yourself. */
  readonly front?: FrontService;
  /** The path served; AppSync's clients derive `<graphql url>/realtime` for a custom domain. */
  readonly path?: string;
  readonly settings?: RealtimeSettings;
  readonly log?: (line: string) => void;
}

/** Counts of what the endpoint holds, for tests and benchmarks. */
export interface RealtimeStats {
  readonly connections: number;
  readonly subscriptions: number;
}

/** The real-time endpoint of the AppSync twin. */
export interface RealtimeService extends LocalService {
  /** Serves WebSocket upgrades to `path`; returns false for other paths. */
  readonly upgrade: UpgradeHandler;
  /** Delivers a mutation to its subscribers and applies its invalidations (wired to `onMutation`). */
  publish(published: PublishedMutation): void;
  stats(): RealtimeStats;
}

/** At most this many distinct `invalidateSubscriptions` calls count per request (extensions-js docs). */
const MAX_INVALIDATIONS = 5;

/**
 * AppSync's real-time endpoint (`/graphql/realtime`) over `ws`: both handshakes, handshake and
 * per-`start` authorization through the twin's auth, subscriptions validated and resolved by the
 * engine, and for each mutation that succeeds (`appsync.onMutation`) delivery to the subscribers of the
 * `Subscription` fields whose `@aws_subscribe` lists it: the event is what the mutation selected
 * (`projectMutation`), passed through each subscriber's argument filter and enhanced filter
 * (`setSubscriptionFilter`), shaped by the subscriber's selection set (`shapeEvent`); the mutation's
 * `invalidateSubscriptions` calls end the subscriptions whose invalidation filter matches.
 *
 * `stop()` closes every socket (1001), unmounts nothing (the front closes after it) and is idempotent.
 *
 * @example
 * const realtime = createRealtime({ appsync, front });
 * // ws://127.0.0.1:<port>/graphql/realtime, subprotocols ['graphql-ws', 'header-<base64url JSON>']
 */
export function createRealtime(options: RealtimeOptions): RealtimeService {
  const { appsync } = options;
  const settings: Required<RealtimeSettings> = { ...REALTIME_DEFAULTS, ...options.settings };
  const path = options.path ?? '/graphql/realtime';
  const log = options.log ?? (() => undefined);
  const schema = appsync.schema;
  const targets = subscriptionTargets(schema);
  const subscriptionFields = schema.getSubscriptionType()?.getFields() ?? {};

  /** Subscriptions by `Subscription` field name: who a mutation may reach. */
  const byField = new Map<string, Set<ActiveSubscription>>();
  const connections = new Set<RealtimeConnection>();
  /** Sockets told `connection_error`, until their close handshake ends (cut short by `stop`). */
  const refused = new Set<WebSocket>();
  const registry: SubscriptionRegistry = {
    add: (subscription) => {
      const fieldName = subscription.selection.fieldName;
      const set = byField.get(fieldName) ?? new Set();
      set.add(subscription);
      byField.set(fieldName, set);
    },
    remove: (subscription) => {
      const set = byField.get(subscription.selection.fieldName);
      set?.delete(subscription);
      if (set?.size === 0) byField.delete(subscription.selection.fieldName);
    },
    closed: (connection) => connections.delete(connection),
  };

  const server = new WebSocketServer({
    noServer: true,
    maxPayload: settings.maxClientMessageBytes,
    // AppSync's clients offer `graphql-ws` (and the `header-` entry, which is not a protocol to select).
    handleProtocols: (protocols) => (protocols.has('graphql-ws') ? 'graphql-ws' : false),
  });
  let stopping: Promise<void> | undefined;

  const accept = async (request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> => {
    const onSocketError = (): void => void socket.destroy();
    socket.on('error', onSocketError);
    const remoteAddress = request.socket.remoteAddress;
    let refusal: RealtimeError | undefined;
    try {
      refusal = await authenticateHandshake(appsync, request, remoteAddress);
    } catch (error) {
      log(`realtime: handshake failed: ${(error as Error).message}`);
      refusal = realtimeErrors.internal((error as Error).message);
    } finally {
      socket.off('error', onSocketError);
    }
    if (stopping || socket.destroyed) {
      socket.destroy();
      return;
    }
    server.handleUpgrade(request, socket, head, (ws: WebSocket) => {
      if (refusal) {
        // AppSync answers a refused handshake on the open socket, before any connection_init
        // (amplify-swift#1384); closing it then is the twin's reading, not a recorded behaviour.
        const message: ServerMessage = { type: 'connection_error', payload: { errors: [refusal] } };
        refused.add(ws);
        ws.on('error', () => undefined);
        ws.once('close', () => refused.delete(ws));
        ws.send(JSON.stringify(message));
        ws.close(1000, 'Connection refused');
        return;
      }
      connections.add(new RealtimeConnection(ws, remoteAddress, appsync, registry, settings));
    });
  };

  const upgrade: UpgradeHandler = (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== path) return false;
    if (stopping) {
      socket.destroy();
      return true;
    }
    void accept(request, socket, head).catch((error: Error) => {
      log(`realtime: upgrade failed: ${error.message}`);
      socket.destroy();
    });
    return true;
  };

  const deliver = (subscription: ActiveSubscription, event: unknown): void => {
    const field = subscriptionFields[subscription.selection.fieldName];
    if (!field || !matchesArguments(field, subscription.args, event)) return;
    if (subscription.filter && !matchesFilter(subscription.filter, event)) return;
    const payload = shapeEvent(schema, subscription.selection, event, (typeName, fieldName) =>
      appsync.authorizeField(typeName, fieldName, subscription.auth),
    );
    const payloadJson = JSON.stringify(payload);
    // AppSync drops an event over the payload quota without telling the subscriber (appsync-community#175).
    if (Buffer.byteLength(payloadJson) > settings.maxPayloadBytes) {
      log(
        `realtime: dropped a ${subscription.selection.fieldName} event over ${settings.maxPayloadBytes} bytes`,
      );
      return;
    }
    const message: ServerMessage = { type: 'data', id: subscription.id, payload };
    subscription.connection.send(
      message,
      `{"type":"data","id":${JSON.stringify(subscription.id)},"payload":${payloadJson}}`,
    );
  };

  const invalidate = (invalidation: unknown): void => {
    const { subscriptionField, payload } = (invalidation ?? {}) as {
      subscriptionField?: unknown;
      payload?: unknown;
    };
    if (typeof subscriptionField !== 'string') return;
    for (const subscription of [...(byField.get(subscriptionField) ?? [])]) {
      const filter = subscription.invalidationFilter;
      if (filter && matchesInvalidationFilter(filter, payload)) subscription.connection.end(subscription.id);
    }
  };

  const publish = (published: PublishedMutation): void => {
    const fields = targets.get(published.fieldName) ?? [];
    if (fields.some((fieldName) => byField.has(fieldName))) {
      const event = projectMutation(schema, published);
      for (const fieldName of fields) {
        for (const subscription of byField.get(fieldName) ?? []) {
          try {
            deliver(subscription, event);
          } catch (error) {
            log(`realtime: delivery to ${subscription.id} failed: ${(error as Error).message}`);
          }
        }
      }
    }
    const seen = new Set<string>();
    for (const invalidation of published.invalidations) {
      const key = JSON.stringify(invalidation);
      if (seen.has(key)) continue;
      seen.add(key);
      if (seen.size > MAX_INVALIDATIONS) break;
      invalidate(invalidation);
    }
  };

  const stopListening = appsync.onMutation(publish);
  options.front?.mountUpgrade(upgrade);
  const endpoint = options.front ? `${options.front.endpoint.replace(/^http/, 'ws')}${path}` : path;

  return {
    name: 'realtime',
    endpoint,
    upgrade,
    publish,
    stats: () => ({
      connections: connections.size,
      subscriptions: [...byField.values()].reduce((total, set) => total + set.size, 0),
    }),
    stop: () => {
      stopping ??= (async () => {
        stopListening();
        for (const ws of refused) ws.terminate();
        await Promise.all([...connections].map((connection) => connection.close(1001, 'Server stopping')));
        await new Promise<void>((resolve) => server.close(() => resolve()));
      })();
      return stopping;
    },
  };
}

/**
 * The handshake's refusal, or undefined when it is accepted: the headers must be present and pass the
 * API's auth as a `POST /graphql/connect` with body `{}` (what the clients sign for the handshake,
 * aws-appsync-subscription-link `canonicalUri: "/connect"`, `payload: "{}"`).
 */
async function authenticateHandshake(
  appsync: RealtimeBackend,
  request: IncomingMessage,
  remoteAddress: string | undefined,
): Promise<RealtimeError | undefined> {
  const handshake = readHandshake(request);
  if ('missing' in handshake) return realtimeErrors.handshakeMissing();
  try {
    await appsync.authenticate({
      method: 'POST',
      path: '/graphql/connect',
      headers: handshake.headers,
      body: '{}',
      ...(remoteAddress ? { remoteAddress } : {}),
    });
    return undefined;
  } catch (error) {
    if (!(error instanceof AwsError)) throw error;
    return realtimeErrors.handshakeRefused(error.code, error.message, error.status);
  }
}
