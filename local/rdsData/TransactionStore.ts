import { randomBytes } from 'node:crypto';
import { transactionNotFound } from './dataApiErrors.js';
import type { SqlSession } from './SqlEngine.js';

/** When the Data API ends a transaction on its own (BeginTransaction, API reference). */
export interface TransactionLimits {
  /** Rolled back when no call used its id for this long (AWS: 3 minutes). */
  readonly idleTimeoutMs: number;
  /** Rolled back this long after it began, whatever its use (AWS: 24 hours). */
  readonly maxAgeMs: number;
}

/** An open transaction: what BeginTransaction returned an id for. */
interface OpenTransaction {
  /** The engine connection the transaction's statements run on. */
  readonly session: SqlSession;
  /** BeginTransaction's `database`. */
  readonly database: string;
  /** Calls using the transaction right now; the idle clock runs only while there are none. */
  inFlight: number;
  idleTimer: NodeJS.Timeout | undefined;
  readonly ageTimer: NodeJS.Timeout;
}

// How many ended transactions keep their cause, for the TransactionNotFoundException message.
const ENDED_MEMORY = 1000;

/**
 * The open transactions of the Data API twin, by transaction id, with the Data API's time limits: a
 * transaction idle for `idleTimeoutMs` or older than `maxAgeMs` is rolled back and forgotten, and its id
 * then answers TransactionNotFoundException (404) like an id that never existed, with the cause appended.
 */
export class TransactionStore {
  private readonly open = new Map<string, OpenTransaction>();
  private readonly ended = new Map<string, string>();

  constructor(
    private readonly limits: TransactionLimits,
    private readonly log: (line: string) => void,
  ) {}

  /** Registers a newly begun session and returns its transaction id. */
  add(session: SqlSession, database: string): string {
    const id = randomBytes(48).toString('base64url');
    const ageTimer = setTimeout(
      () => this.expire(id, `it was rolled back ${this.limits.maxAgeMs} ms after it began (maximum age)`),
      this.limits.maxAgeMs,
    ).unref();
    const transaction: OpenTransaction = { session, database, inFlight: 0, idleTimer: undefined, ageTimer };
    this.open.set(id, transaction);
    this.armIdleTimer(id, transaction);
    return id;
  }

  /** Runs `work` on the transaction's session, holding off the idle timeout while it runs. */
  async use<T>(id: string, work: (session: SqlSession) => Promise<T>): Promise<T> {
    const transaction = this.get(id);
    clearTimeout(transaction.idleTimer);
    transaction.inFlight += 1;
    try {
      return await work(transaction.session);
    } finally {
      transaction.inFlight -= 1;
      if (transaction.inFlight === 0 && this.open.get(id) === transaction) this.armIdleTimer(id, transaction);
    }
  }

  /** Commits or rolls back, and forgets the id. Throws TransactionNotFoundException for an unknown id. */
  async end(id: string, how: 'commit' | 'rollback'): Promise<void> {
    const transaction = this.forget(id, how === 'commit' ? 'it was committed' : 'it was rolled back');
    if (transaction === undefined) throw this.notFound(id);
    try {
      await transaction.session[how]();
    } catch (error) {
      this.ended.set(id, 'its commit failed and it was rolled back');
      throw error;
    }
  }

  /** Rolls back every open transaction (the twin is stopping). */
  async rollbackAll(): Promise<void> {
    const rollbacks: Promise<void>[] = [];
    for (const id of [...this.open.keys()]) {
      const transaction = this.forget(id, 'the Data API twin stopped');
      if (transaction !== undefined) rollbacks.push(transaction.session.rollback().catch(() => undefined));
    }
    await Promise.all(rollbacks);
  }

  private get(id: string): OpenTransaction {
    const transaction = this.open.get(id);
    if (transaction === undefined) throw this.notFound(id);
    return transaction;
  }

  private notFound(id: string): Error {
    return transactionNotFound(
      id,
      this.ended.get(id) ?? 'no BeginTransaction call returned this id, or it ended long ago',
    );
  }

  private armIdleTimer(id: string, transaction: OpenTransaction): void {
    transaction.idleTimer = setTimeout(
      () =>
        this.expire(
          id,
          `it was rolled back after ${this.limits.idleTimeoutMs} ms without a call (idle timeout)`,
        ),
      this.limits.idleTimeoutMs,
    ).unref();
  }

  private expire(id: string, cause: string): void {
    const transaction = this.forget(id, cause);
    if (transaction === undefined) return;
    this.log(`rds-data: transaction ${id.slice(0, 12)}… ${cause}`);
    transaction.session.rollback().catch((error: unknown) => {
      this.log(`rds-data: rolling back transaction ${id.slice(0, 12)}… failed: ${String(error)}`);
    });
  }

  private forget(id: string, cause: string): OpenTransaction | undefined {
    const transaction = this.open.get(id);
    if (transaction === undefined) return undefined;
    this.open.delete(id);
    clearTimeout(transaction.idleTimer);
    clearTimeout(transaction.ageTimer);
    this.ended.set(id, cause);
    if (this.ended.size > ENDED_MEMORY) {
      const oldest = this.ended.keys().next().value;
      if (oldest !== undefined) this.ended.delete(oldest);
    }
    return transaction;
  }
}
