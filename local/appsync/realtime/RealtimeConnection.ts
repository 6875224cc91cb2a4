import { getOperationAST, parse } from 'graphql';
import type { WebSocket } from 'ws';
import { AwsError } from '../../AwsError.js';
import type { FormattedAppSyncError } from '../execution/formatError.js';
import type { GraphqlRequest, RequestAuth } from '../execution/createEngine.js';
import { parseSubscriptionFilter } from './parseSubscriptionFilter.js';
import type { RealtimeBackend } from './RealtimeBackend.js';
import type { RealtimeSettings } from './RealtimeSettings.js';
import { realtimeErrors } from './realtimeMessages.js';
import type { RealtimeError, ServerMessage } from './realtimeMessages.js';
import type { SubscriberSelection } from './shapeEvent.js';
import type { SubscriptionFilter } from './SubscriptionFilter.js';

/** A subscription a `start` registered: who asked, for what, and the filters its resolver set. */
export interface ActiveSubscription {
  readonly id: string;
  readonly connection: RealtimeConnection;
  readonly auth: RequestAuth;
  readonly selection: SubscriberSelection;
  /** The subscription's coerced arguments (argument filtering). */
  readonly args: Readonly<Record<string, unknown>>;
  /** `extensions.setSubscriptionFilter`, checked. */
  readonly filter?: SubscriptionFilter;
  /** `extensions.setSubscriptionInvalidationFilter`, checked. */
  readonly invalidationFilter?: SubscriptionFilter;
}

/** Where a connection registers its subscriptions, so that mutations reach them. */
export interface SubscriptionRegistry {
  add(subscription: ActiveSubscription): void;
  remove(subscription: ActiveSubscription): void;
  /** The connection has closed: forget it. */
  closed(connection: RealtimeConnection): void;
}

/**
 * One client socket of the real-time endpoint after a successful handshake: AppSync's protocol
 * (real-time-websocket-client docs) of `connection_init` → `connection_ack` and `ka` keep-alives,
 * `start` → `start_ack` or `error`, `stop` → `complete`, with AppSync's errors for what it refuses
 * (`realtimeErrors`). A connection holding no subscription for `idleTimeoutMs` is closed.
 */
export class RealtimeConnection {
  /** Registered subscriptions by client id. */
  readonly subscriptions = new Map<string, ActiveSubscription>();
  /** `start`s being authorized and resolved; `stopped` when a `stop` came meanwhile. */
  private readonly pending = new Map<string, { stopped: boolean }>();
  private keepAlive: NodeJS.Timeout | undefined;
  private idle: NodeJS.Timeout | undefined;
  private open = true;

  constructor(
    private readonly socket: WebSocket,
    private readonly remoteAddress: string | undefined,
    private readonly backend: RealtimeBackend,
    private readonly registry: SubscriptionRegistry,
    private readonly settings: Required<RealtimeSettings>,
  ) {
    socket.on('message', (data, isBinary) => this.receive(isBinary ? undefined : rawText(data)));
    socket.on('close', () => this.closed());
    // An abrupt client disconnect surfaces as 'error' then 'close'; 'close' cleans up.
    socket.on('error', () => undefined);
    this.armIdleTimer();
  }

  /** The number of registered and pending subscriptions. */
  get size(): number {
    return this.subscriptions.size + this.pending.size;
  }

  /** Sends a message if the socket is still open. */
  send(message: ServerMessage, serialized: string = JSON.stringify(message)): void {
    if (this.open && this.socket.readyState === this.socket.OPEN) this.socket.send(serialized);
  }

  /** Ends a subscription from the server side (an invalidation): `complete` and unregistered. */
  end(id: string): void {
    const subscription = this.subscriptions.get(id);
    if (!subscription) return;
    this.subscriptions.delete(id);
    this.registry.remove(subscription);
    this.send({ type: 'complete', id });
    this.armIdleTimer();
  }

  /** Closes the socket (twin shutdown: 1001 Going Away); resolves once it has closed or been cut. */
  close(code: number, reason: string, graceMs = 1000): Promise<void> {
    if (this.socket.readyState === this.socket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const cut = setTimeout(() => this.socket.terminate(), graceMs);
      this.socket.once('close', () => {
        clearTimeout(cut);
        resolve();
      });
      this.socket.close(code, reason);
    });
  }

  private receive(text: string | undefined): void {
    let message: unknown;
    try {
      message = text === undefined ? undefined : JSON.parse(text);
    } catch {
      message = undefined;
    }
    if (message === null || typeof message !== 'object' || Array.isArray(message)) {
      // A frame that is not a JSON object: AppSync cannot tell its operation.
      this.send({ type: 'error', payload: { errors: [realtimeErrors.unsupported('unknown')] } });
      return;
    }
    const { type, id } = message as { type?: unknown; id?: unknown };
    switch (type) {
      case 'connection_init':
        this.acknowledge();
        return;
      case 'start':
        void this.start(message as StartMessage).catch((error: Error) => {
          if (typeof id === 'string') this.pending.delete(id);
          this.sendError(typeof id === 'string' ? id : undefined, [realtimeErrors.internal(error.message)]);
          this.armIdleTimer();
        });
        return;
      case 'stop':
        this.stop(id);
        return;
      default:
        this.sendError(typeof id === 'string' ? id : undefined, [
          realtimeErrors.unsupported(typeof type === 'string' ? type : 'unknown'),
        ]);
    }
  }

  /**
   * `connection_ack` with `connectionTimeoutMs`, then a `ka` at once and every `keepAliveIntervalMs`.
   * AppSync's interval is not documented; clients treat it as one minute (aws-appsync-subscription-link
   * `SERVER_KEEP_ALIVE_TIMEOUT = 1 * 60 * 1e3`; graphql-dotnet/server#855: "Keep-alive messages are sent
   * every minute by the server").
   */
  private acknowledge(): void {
    this.send({
      type: 'connection_ack',
      payload: { connectionTimeoutMs: this.settings.connectionTimeoutMs },
    });
    this.startKeepAlive();
  }

  private startKeepAlive(): void {
    if (this.keepAlive) return;
    this.send({ type: 'ka' });
    this.keepAlive = setInterval(() => this.send({ type: 'ka' }), this.settings.keepAliveIntervalMs);
    this.keepAlive.unref();
  }

  private async start(message: StartMessage): Promise<void> {
    const { id, payload } = message;
    if (typeof id !== 'string' || id === '') {
      this.sendError(undefined, [realtimeErrors.missingId()]);
      return;
    }
    if (this.subscriptions.has(id) || this.pending.has(id)) {
      this.sendError(id, [realtimeErrors.duplicated(id)]);
      return;
    }
    if (this.size >= this.settings.maxSubscriptionsPerConnection) {
      this.sendError(id, [realtimeErrors.maxSubscriptions(this.settings.maxSubscriptionsPerConnection)]);
      return;
    }
    // The docs make connection_init optional: a start keeps the connection alive all the same.
    this.startKeepAlive();
    const data = typeof payload?.data === 'string' ? payload.data : undefined;
    const request = data === undefined ? undefined : readRequest(data);
    if (!request || data === undefined) {
      this.sendError(id, [realtimeErrors.unsupported('unknown')]);
      return;
    }
    const operation = operationOf(request);
    if (operation !== undefined && operation !== 'subscription') {
      this.sendError(id, [realtimeErrors.unsupported(operation)]);
      return;
    }

    const state = { stopped: false };
    this.pending.set(id, state);
    this.clearIdleTimer();
    const headers = stringHeaders(payload?.extensions?.authorization);
    let auth: RequestAuth;
    try {
      auth = await this.backend.authenticate({
        method: 'POST',
        path: '/graphql',
        headers,
        body: data,
        ...(this.remoteAddress ? { remoteAddress: this.remoteAddress } : {}),
      });
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      this.settle(id, state, () =>
        this.sendError(id, [realtimeErrors.startRefused(error.code, error.message)]),
      );
      return;
    }
    const prepared = await this.backend.prepareSubscription(request, auth, headers);
    this.settle(id, state, () => {
      if ('errors' in prepared) {
        this.sendError(id, prepared.errors.map(startError));
        return;
      }
      const { subscription } = prepared;
      const filter =
        subscription.filter === undefined ? undefined : parseSubscriptionFilter(subscription.filter);
      const invalidationFilter =
        subscription.invalidationFilter === undefined
          ? undefined
          : parseSubscriptionFilter(subscription.invalidationFilter);
      const problem = typeof filter === 'string' ? filter : invalidationFilter;
      if (typeof problem === 'string') {
        this.sendError(id, [realtimeErrors.invalidFilter(problem)]);
        return;
      }
      const active: ActiveSubscription = {
        id,
        connection: this,
        auth,
        args: subscription.args,
        selection: {
          fieldName: subscription.fieldName,
          fieldNode: subscription.fieldNode,
          fragments: subscription.fragments,
          variables: request.variables ?? {},
        },
        ...(filter ? { filter: filter as SubscriptionFilter } : {}),
        ...(invalidationFilter ? { invalidationFilter: invalidationFilter as SubscriptionFilter } : {}),
      };
      this.subscriptions.set(id, active);
      this.registry.add(active);
      this.send({ type: 'start_ack', id });
    });
  }

  /** Ends a pending start: runs `then` unless a stop or the socket's close came first. */
  private settle(id: string, state: { stopped: boolean }, then: () => void): void {
    if (this.pending.get(id) === state) this.pending.delete(id);
    if (!state.stopped && this.open) then();
    this.armIdleTimer();
  }

  /**
   * `stop` → `complete`. A stop for an id the connection does not hold is answered `complete` too:
   * AppSync's answer to it was not found, and the twin keeps the exchange idempotent for clients.
   */
  private stop(id: unknown): void {
    if (typeof id !== 'string') return;
    const pending = this.pending.get(id);
    if (pending) {
      pending.stopped = true;
      this.pending.delete(id);
    }
    const subscription = this.subscriptions.get(id);
    if (subscription) {
      this.subscriptions.delete(id);
      this.registry.remove(subscription);
    }
    this.send({ type: 'complete', id });
    this.armIdleTimer();
  }

  private sendError(id: string | undefined, errors: readonly RealtimeError[]): void {
    this.send({ type: 'error', ...(id === undefined ? {} : { id }), payload: { errors } });
  }

  /** Closes a connection left without subscriptions for `idleTimeoutMs` (restarted on each change). */
  private armIdleTimer(): void {
    this.clearIdleTimer();
    if (!this.open || this.size > 0) return;
    this.idle = setTimeout(() => this.socket.close(1000, 'No subscriptions'), this.settings.idleTimeoutMs);
    this.idle.unref();
  }

  private clearIdleTimer(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = undefined;
  }

  private closed(): void {
    if (!this.open) return;
    this.open = false;
    clearInterval(this.keepAlive);
    this.clearIdleTimer();
    for (const state of this.pending.values()) state.stopped = true;
    this.pending.clear();
    for (const subscription of this.subscriptions.values()) this.registry.remove(subscription);
    this.subscriptions.clear();
    this.registry.closed(this);
  }
}

interface StartMessage {
  readonly id?: unknown;
  readonly payload?: {
    readonly data?: unknown;
    readonly extensions?: { readonly authorization?: unknown };
  };
}

function rawText(data: Buffer | ArrayBuffer | Buffer[]): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}

/** `payload.data`: the JSON of `{ query, variables?, operationName? }`; undefined when it is not. */
function readRequest(data: string): GraphqlRequest | undefined {
  try {
    const parsed = JSON.parse(data) as Record<string, unknown> | null;
    if (!parsed || typeof parsed !== 'object' || typeof parsed.query !== 'string') return undefined;
    const { variables, operationName } = parsed;
    if (
      variables !== undefined &&
      variables !== null &&
      (typeof variables !== 'object' || Array.isArray(variables))
    )
      return undefined;
    return {
      query: parsed.query,
      variables: (variables as Record<string, unknown> | null | undefined) ?? null,
      operationName: typeof operationName === 'string' ? operationName : null,
    };
  } catch {
    return undefined;
  }
}

/** The operation type the request selects, when the document parses; the engine reports the rest. */
function operationOf(request: GraphqlRequest): string | undefined {
  try {
    return getOperationAST(parse(request.query), request.operationName ?? undefined)?.operation;
  } catch {
    return undefined;
  }
}

/** `payload.extensions.authorization` as headers: string members only, names lower-cased. */
function stringHeaders(authorization: unknown): Record<string, string> {
  if (authorization === null || typeof authorization !== 'object') return {};
  return Object.fromEntries(
    Object.entries(authorization).flatMap(([name, value]) =>
      typeof value === 'string' ? [[name.toLowerCase(), value] as const] : [],
    ),
  );
}

/**
 * An error of a refused `start`: AppSync sends `errorType` (when there is one) and `message`
 * (recorded validation error without errorType: aws-amplify/amplify-swift#1589).
 */
function startError(error: FormattedAppSyncError): RealtimeError {
  return error.errorType
    ? { errorType: error.errorType, message: error.message }
    : { message: error.message };
}
