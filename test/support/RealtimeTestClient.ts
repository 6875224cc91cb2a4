import { WebSocket } from 'ws';

/** A message the client received: at least a `type`. */
export type ReceivedMessage = { readonly type: string; readonly id?: string } & Record<string, unknown>;

/**
 * A raw `ws` client of the real-time endpoint for tests: it queues what the server sends, and `next`
 * waits for the next message (optionally of a type, skipping `ka`s), failing after `timeoutMs`.
 */
export class RealtimeTestClient {
  readonly received: ReceivedMessage[] = [];
  /** Resolves with the close code once the socket has closed. */
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly queue: ReceivedMessage[] = [];
  private readonly waiters = new Set<() => void>();

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString('utf8')) as ReceivedMessage;
      this.received.push(message);
      this.queue.push(message);
      for (const wake of this.waiters) wake();
    });
    this.closed = new Promise((resolve) => {
      socket.on('close', (code, reason) => {
        resolve({ code, reason: reason.toString('utf8') });
        for (const wake of this.waiters) wake();
      });
    });
  }

  /**
   * Opens a socket; `headers` go in the `header-` subprotocol (the current clients' handshake) or, with
   * `form: 'query'`, in `?header=<base64>&payload=e30=`; none at all with `form: 'none'`.
   */
  static async connect(
    url: string,
    headers: Record<string, string>,
    form: 'protocol' | 'query' | 'none' = 'protocol',
  ): Promise<RealtimeTestClient> {
    const json = Buffer.from(JSON.stringify(headers));
    const target =
      form === 'query' ? `${url}?header=${encodeURIComponent(json.toString('base64'))}&payload=e30=` : url;
    const protocols =
      form === 'protocol' ? ['graphql-ws', `header-${json.toString('base64url')}`] : ['graphql-ws'];
    const socket = new WebSocket(target, protocols);
    const client = new RealtimeTestClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return client;
  }

  /** Sends a message (an object as JSON, a string as is). */
  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** `connection_init`, then the `connection_ack`. */
  async init(): Promise<ReceivedMessage> {
    this.send({ type: 'connection_init' });
    return this.next('connection_ack');
  }

  /** Sends `start` for `query` and waits for its `start_ack` or `error`. */
  async start(
    id: string,
    query: string,
    authorization: Record<string, string>,
    variables: Record<string, unknown> = {},
  ): Promise<ReceivedMessage> {
    this.send({
      id,
      type: 'start',
      payload: { data: JSON.stringify({ query, variables }), extensions: { authorization } },
    });
    return this.next((message) => message.id === id && ['start_ack', 'error'].includes(message.type));
  }

  /** The next message matching `filter` (a type, or a predicate); `ka` is skipped unless asked for. */
  async next(
    filter?: string | ((message: ReceivedMessage) => boolean),
    timeoutMs = 5000,
  ): Promise<ReceivedMessage> {
    const matches = (message: ReceivedMessage): boolean =>
      filter === undefined
        ? message.type !== 'ka'
        : typeof filter === 'string'
          ? message.type === filter
          : filter(message);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.queue.findIndex(matches);
      if (index >= 0) return this.queue.splice(index, 1)[0]!;
      const remaining = deadline - Date.now();
      if (remaining <= 0 || this.socket.readyState === WebSocket.CLOSED) {
        throw new Error(
          `No ${typeof filter === 'string' ? filter : 'matching'} message within ${timeoutMs} ms; received ${JSON.stringify(this.received)}`,
        );
      }
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          clearTimeout(timer);
          this.waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, remaining);
        this.waiters.add(wake);
      });
    }
  }

  /** The messages of `type` received so far, without consuming them. */
  all(type: string): ReceivedMessage[] {
    return this.received.filter((message) => message.type === type);
  }

  /** Closes the socket and waits until it has closed. */
  async close(): Promise<void> {
    if (this.socket.readyState !== WebSocket.CLOSED) this.socket.close();
    await this.closed;
  }
}
