import { Worker } from 'node:worker_threads';
import type { SubscriberReply, SubscriberRequest, SubscriberValue } from './SubscriberRequest.js';

type Request = SubscriberRequest extends infer R ? (R extends unknown ? Omit<R, 'seq'> : never) : never;

/**
 * The benchmark's subscribers, in a worker thread running `subscriberWorker.ts` (through tsx's
 * `tsImport`, since a worker cannot take a `.ts` entry even when the main thread runs under tsx). Each
 * method sends one request and resolves with the worker's reply, or rejects with its error.
 */
export class SubscriberPool {
  private seq = 0;
  private readonly pending = new Map<number, (reply: SubscriberReply) => void>();

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: SubscriberReply) => {
      this.pending.get(reply.seq)?.(reply);
      this.pending.delete(reply.seq);
    });
    worker.on('error', (error) => {
      for (const settle of this.pending.values()) settle({ seq: -1, ok: false, error: error.message });
      this.pending.clear();
    });
  }

  /** Starts the worker; it inherits no exec flags (`--expose-gc` is refused there; it finds `gc` itself). */
  static start(): SubscriberPool {
    const entry = new URL('./subscriberWorker.ts', import.meta.url).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    const source = `import(${JSON.stringify(tsx)}).then((api) => api.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;
    return new SubscriberPool(new Worker(source, { eval: true, execArgv: [] }));
  }

  /** Opens `connections` sockets (handshake and `connection_init`); resolves with the count acknowledged. */
  async open(url: string, headers: Readonly<Record<string, string>>, connections: number): Promise<number> {
    return ((await this.send({ op: 'open', url, headers, connections })) as { opened: number }).opened;
  }

  /** Starts `perConnection` subscriptions to `query` on every open socket; resolves with the count acknowledged. */
  async subscribe(
    headers: Readonly<Record<string, string>>,
    query: string,
    perConnection: number,
  ): Promise<number> {
    return ((await this.send({ op: 'subscribe', headers, query, perConnection })) as { started: number })
      .started;
  }

  /** Resolves once `count` data messages for `orderId` have arrived. */
  async awaitDelivered(orderId: string, count: number, timeoutMs = 30_000): Promise<void> {
    await this.send({ op: 'await', orderId, count, timeoutMs });
  }

  /** The arrival times (hrtime ns) of every data message since the last call, by orderId. */
  async takeReceipts(): Promise<Readonly<Record<string, readonly number[]>>> {
    return ((await this.send({ op: 'receipts' })) as { receipts: Record<string, number[]> }).receipts;
  }

  /** The worker's used heap in bytes, after a full GC when it could run one. */
  async heapUsed(): Promise<{ readonly heapUsed: number; readonly gc: boolean }> {
    return (await this.send({ op: 'heap' })) as { heapUsed: number; gc: boolean };
  }

  /** Closes every subscriber socket. */
  async closeAll(): Promise<void> {
    await this.send({ op: 'close' });
  }

  /** Closes the sockets and ends the worker. */
  async stop(): Promise<void> {
    await this.closeAll().catch(() => undefined);
    await this.worker.terminate();
  }

  private send(request: Request): Promise<SubscriberValue> {
    const seq = (this.seq += 1);
    return new Promise((resolve, reject) => {
      this.pending.set(seq, (reply) => (reply.ok ? resolve(reply.value) : reject(new Error(reply.error))));
      this.worker.postMessage({ ...request, seq });
    });
  }
}
