import { DynamoDBClient, PutItemCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { startDynamoDb } from '../../local/dynamodb/index.js';
import { createKeyTable } from '../../test/support/testTwin.js';
import { clientConfig } from './clientConfig.js';
import type { Report } from './formatReport.js';
import { measure } from './measure.js';
import type { Rounds } from './measure.js';
import { timed } from './timed.js';

/**
 * TransactWriteItems of 10 actions on the DynamoDB twin, committed and cancelled (its last action a failing
 * condition check), beside the 10 PutItem calls it replaces. Twin only: dynalite has no transactions.
 */
export async function benchDynamoDbTransactions(rounds: Rounds): Promise<Report> {
  const twin = await startDynamoDb({ port: 0, region: 'us-east-1', accountId: '000000000000' });
  const client = new DynamoDBClient(clientConfig(twin.endpoint));
  try {
    await createKeyTable(client, 'bench');
    await client.send(new PutItemCommand({ TableName: 'bench', Item: { pk: { S: 'item' }, n: { N: '1' } } }));
    const put = (round: number, i: number) => ({
      TableName: 'bench',
      Item: { pk: { S: `tx-${i}` }, round: { N: String(round) } },
    });
    const failingCheck: TransactWriteItem = {
      ConditionCheck: {
        TableName: 'bench',
        Key: { pk: { S: 'item' } },
        ConditionExpression: 'n > :big',
        ExpressionAttributeValues: { ':big': { N: '100' } },
      },
    };
    const actions = (round: number, fail: boolean): TransactWriteItem[] =>
      Array.from({ length: 10 }, (_, i) => (i === 9 && fail ? failingCheck : { Put: put(round, i) }));
    const committed = await measure(rounds, (round) =>
      timed(() => client.send(new TransactWriteItemsCommand({ TransactItems: actions(round, false) }))),
    );
    const cancelled = await measure(rounds, (round) =>
      timed(() =>
        client
          .send(new TransactWriteItemsCommand({ TransactItems: actions(round, true) }))
          .catch(() => undefined),
      ),
    );
    const singles = await measure(rounds, (round) =>
      timed(async () => {
        for (let i = 0; i < 10; i += 1) await client.send(new PutItemCommand(put(round, i)));
      }),
    );
    return {
      title: 'DynamoDB TransactWriteItems of 10 actions, twin only',
      rows: [
        { label: 'committed', latency: committed },
        { label: 'cancelled, rolled back', latency: cancelled },
        { label: '10 sequential PutItem', latency: singles },
      ],
      ratio: false,
      notes: [
        'dynalite has no transactions: the twin adds them in front of it, so there is no direct figure',
      ],
    };
  } finally {
    client.destroy();
    await twin.stop();
  }
}
