import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { startDynamoDb } from '../../local/dynamodb/index.js';
import { createKeyTable } from '../../test/support/testTwin.js';
import { close, listen } from '../../local/listen.js';
import { clientConfig } from './clientConfig.js';
import type { Report } from './formatReport.js';
import type { Rounds } from './measure.js';
import { measurePair } from './measurePair.js';
import { timed } from './timed.js';

/**
 * GetItem of one small item, through the DynamoDB twin (front server, then dynalite in the same process)
 * and straight to a plain dynalite server, both with the AWS SDK client. Stops both servers.
 */
export async function benchDynamoDbGetItem(rounds: Rounds): Promise<Report> {
  const twin = await startDynamoDb({ port: 0, region: 'us-east-1', accountId: '000000000000' });
  const plain = dynalite({ createTableMs: 0 });
  const twinClient = new DynamoDBClient(clientConfig(twin.endpoint));
  let plainClient: DynamoDBClient | undefined;
  try {
    plainClient = new DynamoDBClient(clientConfig(await listen(plain, 0, 'plain dynalite')));
    for (const client of [twinClient, plainClient]) {
      await createKeyTable(client, 'bench');
      await client.send(
        new PutItemCommand({
          TableName: 'bench',
          Item: { pk: { S: 'cart#1' }, sku: { S: 'TEA-01' }, quantity: { N: '2' } },
        }),
      );
    }
    const getItem = (client: DynamoDBClient) => () =>
      timed(() => client.send(new GetItemCommand({ TableName: 'bench', Key: { pk: { S: 'cart#1' } } })));
    const { twin: twinLatency, direct } = await measurePair(
      rounds,
      getItem(twinClient),
      getItem(plainClient),
    );
    return {
      title: 'DynamoDB GetItem',
      rows: [
        { label: 'twin (front + dynalite)', latency: twinLatency },
        { label: 'dynalite direct', latency: direct },
      ],
      ratio: true,
      notes: [
        'both over HTTP on 127.0.0.1 with @aws-sdk/client-dynamodb; the twin hands GetItem to dynalite in-process',
      ],
    };
  } finally {
    twinClient.destroy();
    plainClient?.destroy();
    await close(plain);
    await twin.stop();
  }
}
