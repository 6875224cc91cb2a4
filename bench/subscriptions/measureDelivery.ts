import type { Twin } from '../../local/twin.js';
import { summarize } from '../appsync/summarize.js';
import type { Summary } from '../appsync/summarize.js';
import { signedPublish } from './signedPublish.js';
import { SUBSCRIPTION } from './SUBSCRIPTION.js';
import type { SubscriberPool } from './SubscriberPool.js';
import { waitForStats } from './waitForStats.js';

/** Delivery figures for one count of subscribers, in ms from the publishing POST being sent. */
export interface DeliveryFigures {
  readonly subscribers: number;
  readonly connections: number;
  readonly publishes: number;
  /** Every (subscriber, publish) pair: when that subscriber's `data` message arrived. */
  readonly delivery: Summary;
  /** Per publish: when the last subscriber had it. */
  readonly lastDelivery: Summary;
  /** Per publish: when the HTTP response to the mutation arrived. */
  readonly response: Summary;
}

/** The realistic spread: at least 10 sockets once there are 10 subscribers, at most 100 subscriptions each. */
export function connectionsFor(subscribers: number): number {
  const connections = Math.max(Math.ceil(subscribers / 100), Math.min(subscribers, 10));
  if (subscribers % connections !== 0) throw new Error(`${subscribers} subscribers do not split evenly`);
  return connections;
}

/**
 * Opens `subscribers` admin subscriptions (every one matches every event) in `pool`, publishes
 * `warmUp + publishes` status changes one at a time (each signed beforehand, timed from the moment its
 * POST is sent, the next sent once every subscriber has the last), and summarises the recorded
 * `publishes`. Closes the subscribers and checks the twin let them all go.
 */
export async function measureDelivery(
  twin: Twin,
  pool: SubscriberPool,
  headers: Readonly<Record<string, string>>,
  subscribers: number,
  publishes: number,
  warmUp: number,
): Promise<DeliveryFigures> {
  const connections = connectionsFor(subscribers);
  await pool.open(twin.config.realtimeUrl, headers, connections);
  await pool.subscribe(headers, SUBSCRIPTION, subscribers / connections);
  await waitForStats(twin, { connections, subscriptions: subscribers });

  const sentAt = new Map<string, number>();
  const response: number[] = [];
  for (let index = 0; index < warmUp + publishes; index += 1) {
    const orderId = `bench-${subscribers}-${index}`;
    const publish = await signedPublish(twin.config.graphqlUrl, orderId, 'bench-user');
    const sent = Number(process.hrtime.bigint());
    const answer = await fetch(publish.url, { method: 'POST', headers: publish.headers, body: publish.body });
    const answered = Number(process.hrtime.bigint());
    const result = (await answer.json()) as { errors?: unknown };
    if (result.errors) throw new Error(`publishOrderStatus failed: ${JSON.stringify(result.errors)}`);
    await pool.awaitDelivered(orderId, subscribers);
    if (index >= warmUp) {
      sentAt.set(orderId, sent);
      response.push((answered - sent) / 1e6);
    }
  }

  const receipts = await pool.takeReceipts();
  const delivery: number[] = [];
  const lastDelivery: number[] = [];
  for (const [orderId, sent] of sentAt) {
    const times = receipts[orderId] ?? [];
    if (times.length !== subscribers) throw new Error(`${orderId} reached ${times.length} of ${subscribers}`);
    for (const at of times) delivery.push((at - sent) / 1e6);
    lastDelivery.push((Math.max(...times) - sent) / 1e6);
  }
  await pool.closeAll();
  await waitForStats(twin, { connections: 0, subscriptions: 0 });
  return {
    subscribers,
    connections,
    publishes,
    delivery: summarize(delivery),
    lastDelivery: summarize(lastDelivery),
    response: summarize(response),
  };
}
