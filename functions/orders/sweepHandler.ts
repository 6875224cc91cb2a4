import { RDSDataClient } from '@aws-sdk/client-rds-data';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { text } from '../lib/sql/rowValues.js';
import { dataApiExecutor } from '../lib/sql/dataApiExecutor.js';
import { writeOrderMessage } from './orderMessage.js';
import { selectStrandedOrders } from './sql/selectStrandedOrders.js';
import { CLIENT_CONFIG } from '../lib/sdk/clientConfig.js';

/**
 * An order still `PENDING` (or with a change untold) this long after its last change is sent again,
 * unless `ORDER_SWEEP_AFTER_SECONDS` says otherwise (tests of the whole twin set it low).
 */
export const STRANDED_AFTER_SECONDS = 300;
/** Orders sent per sweep; a larger backlog drains over the next sweeps, oldest first. */
const BATCH = 500;

const rdsData = new RDSDataClient(CLIENT_CONFIG);
const sqs = new SQSClient(CLIENT_CONFIG);

/**
 * The order sweep, run by a schedule every few minutes: sends the orders the worker should have settled
 * by now (`selectStrandedOrders`: a queue message lost after the commit, a worker that crashed before
 * telling) to the orders queue again. The worker is idempotent, so an order sent twice is harmless.
 * Needs only the database and the queue (`DB_*`, `ORDERS_QUEUE_URL`); `ORDER_SWEEP_AFTER_SECONDS`
 * optionally sets how old "stranded" is (`strandedAfterMs`).
 */
export async function handler(): Promise<{ readonly sent: number }> {
  const { DB_CLUSTER_ARN, DB_SECRET_ARN, DB_NAME, ORDERS_QUEUE_URL } = process.env;
  if (!DB_CLUSTER_ARN || !DB_SECRET_ARN || !DB_NAME || !ORDERS_QUEUE_URL) {
    throw new Error('The order sweep needs DB_CLUSTER_ARN, DB_SECRET_ARN, DB_NAME and ORDERS_QUEUE_URL set');
  }
  const db = dataApiExecutor(rdsData, {
    resourceArn: DB_CLUSTER_ARN,
    secretArn: DB_SECRET_ARN,
    database: DB_NAME,
  });
  const cutoff = new Date(Date.now() - strandedAfterMs(process.env.ORDER_SWEEP_AFTER_SECONDS)).toISOString();
  const ids = (await db.query(selectStrandedOrders(cutoff, BATCH))).map((row) => text(row, 'id'));
  for (let start = 0; start < ids.length; start += 10) {
    const chunk = ids.slice(start, start + 10);
    const { Failed = [] } = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: ORDERS_QUEUE_URL,
        Entries: chunk.map((id, i) => ({ Id: String(i), MessageBody: writeOrderMessage(id) })),
      }),
    );
    if (Failed.length > 0)
      throw new Error(`The orders queue refused ${Failed.length} of ${chunk.length} messages`);
  }
  if (ids.length > 0) console.log(`orders: sweep sent ${ids.length} stranded order(s) again`);
  return { sent: ids.length };
}

/**
 * How old an order's last change must be for the sweep to send it: `ORDER_SWEEP_AFTER_SECONDS` (a
 * whole number of seconds, 0 or more) or, unset or empty, `STRANDED_AFTER_SECONDS`. Anything else
 * throws: the function is deployed wrong, and guessing a threshold would resend too much or too late.
 */
export function strandedAfterMs(setting: string | undefined): number {
  if (setting === undefined || setting === '') return STRANDED_AFTER_SECONDS * 1000;
  if (!/^\d{1,7}$/.test(setting)) {
    throw new Error(
      `ORDER_SWEEP_AFTER_SECONDS must be a whole number of seconds, got ${JSON.stringify(setting)}`,
    );
  }
  return Number(setting) * 1000;
}
