import { randomBytes } from 'node:crypto';
import { OrderError } from '../../functions/orders/OrderError.js';
import type { OrdersDeps } from '../../functions/orders/OrdersDeps.js';
import { placeOrder } from '../../functions/orders/operations/placeOrder.js';
import { processOrder } from '../../functions/orders/operations/processOrder.js';
import { readOrder } from '../../functions/orders/readOrder.js';
import { newId } from '../../functions/lib/newId.js';
import { countStatements } from '../../functions/lib/sql/countStatements.js';
import type { StatementCounts } from '../../functions/lib/sql/countStatements.js';
import type { SqlExecutor } from '../../functions/lib/sql/SqlExecutor.js';

/** The statements and transactions of each way through placeOrder and the worker, for one order. */
export interface PathStatements {
  /** placeOrder that writes the order PENDING. */
  readonly placed: StatementCounts;
  /** placeOrder answered OutOfStock (nothing written). */
  readonly refused: StatementCounts;
  /** The worker confirming an order: stock taken, movement and history written, then told. */
  readonly confirmed: StatementCounts;
  /** The worker rejecting an order: the confirmation rolled back on the shortage, the rejection, told. */
  readonly rejected: StatementCounts;
}

const ADDRESS = {
  name: 'Bench Shopper',
  line1: 'Hauptstraße 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
};

/**
 * Counts (`countStatements`, the executor wrapper the functions' own tests use) the SQL of each path the
 * burst takes, by running the orders function's `placeOrder` and the worker's `processOrder` in this
 * process on `db`, one call at a time, for `productId`, a product with exactly 1 in stock: two orders
 * placed, the first confirmed, the second rejected, then a third refused. Only the SQL is real: the
 * queue, the promo tables and the notifications are stand-ins that touch no database, as in the
 * functions' tests; the notifications' SQL (what is untold, marking it told) runs as in the worker.
 */
export async function statementsPerPath(
  db: SqlExecutor,
  productId: string,
  userId: string,
): Promise<PathStatements> {
  const unused = (what: string) => () =>
    Promise.reject(new Error(`orders without a promo code use no ${what}`));
  const deps = (executor: SqlExecutor): OrdersDeps => ({
    db: executor,
    currency: 'EUR',
    now: () => new Date(),
    newId: () => newId(Date.now(), randomBytes(10)),
    pageTokenKey: randomBytes(32),
    promoStanding: unused('promo standing'),
    redemptions: { redeem: unused('redemption'), release: unused('redemption') },
    enqueue: () => Promise.resolve(),
    notifier: {
      publish: () => Promise.resolve(),
      emailShopper: () => Promise.resolve(),
      emailLowStock: () => Promise.resolve(),
    },
    log: () => undefined,
  });
  const counted = async (run: (deps: OrdersDeps) => Promise<unknown>): Promise<StatementCounts> => {
    const { executor, counts } = countStatements(db);
    await run(deps(executor));
    return { ...counts };
  };
  const args = () => ({
    input: {
      items: [{ productId, quantity: 1 }],
      shippingAddress: ADDRESS,
      idempotencyKey: `bench-path-${randomBytes(6).toString('hex')}`,
    },
  });

  const ids: string[] = [];
  const placed = await counted(async (d) => ids.push((await placeOrder(args(), userId, d)).id));
  await placeOrder(args(), userId, deps(db)).then((order) => ids.push(order.id));
  const [first, second] = ids as [string, string];
  const confirmed = await counted((d) => processOrder(first, d));
  const rejected = await counted((d) => processOrder(second, d));
  const refused = await counted((d) =>
    placeOrder(args(), userId, d).then(
      () => Promise.reject(new Error('a third order was placed for 1 in stock')),
      (error: unknown) => {
        if (!(error instanceof OrderError && error.type === 'OutOfStock')) throw error;
      },
    ),
  );
  const outcomes = [(await readOrder(db, first))?.status, (await readOrder(db, second))?.status];
  if (outcomes.join() !== 'CONFIRMED,REJECTED') {
    throw new Error(`The path orders ended ${outcomes.join(' and ')}, not CONFIRMED and REJECTED`);
  }
  return { placed, refused, confirmed, rejected };
}
