import type { SQSBatchItemFailure, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { processOrder } from './operations/processOrder.js';
import { readOrderMessage } from './orderMessage.js';
import { awsOrdersDeps } from './awsOrdersDeps.js';
import { ordersSettings } from './ordersSettings.js';

/**
 * The order worker, triggered by the orders queue with partial batch responses: processes each message's
 * order (`processOrder`: confirm or reject, then tell) and answers the messages that failed, so only
 * those come back (and, after the queue's `maxReceiveCount`, go to the dead-letter queue) while the
 * rest of the batch is deleted. The orders of a batch are processed at once: each is its own
 * transaction, and the stock rows they share are taken in one lock order.
 */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const deps = awsOrdersDeps(ordersSettings(process.env));
  const failures: SQSBatchItemFailure[] = [];
  await Promise.all(
    event.Records.map(async (record) => {
      try {
        await processOrder(readOrderMessage(record.body).orderId, deps);
      } catch (error) {
        console.error(
          `orders: message ${record.messageId} (receive ${record.attributes.ApproximateReceiveCount}) failed:`,
          error,
        );
        failures.push({ itemIdentifier: record.messageId });
      }
    }),
  );
  return { batchItemFailures: failures };
}
