/**
 * Measures the DynamoDB twin by hand (`npx tsx local/dynamodb/bench.ts`): ms per GetItem through the
 * front server and straight to a plain dynalite, 1000 sequential each once both are warm, and ms per
 * TransactWriteItems of 10 actions, committed and cancelled. Prints figures; asserts nothing.
 */
import { GetItemCommand, PutItemCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBClient, TransactWriteItem } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { close, listen } from '../local/listen.js';
import { createKeyTable, startTestTwin, testClient } from '../local/dynamodb/testTwin.js';

const ROUNDS = 1000;

async function msPer(rounds: number, run: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 200; i += 1) await run(i);
  const start = performance.now();
  for (let i = 0; i < rounds; i += 1) await run(i);
  return (performance.now() - start) / rounds;
}

async function getItems(client: DynamoDBClient): Promise<number> {
  return msPer(ROUNDS, () =>
    client.send(new GetItemCommand({ TableName: 'bench', Key: { pk: { S: 'item' } } })),
  );
}

const twin = await startTestTwin({ sweepIntervalMs: 60_000 });
const plain = dynalite({ createTableMs: 0 });
const plainClient = testClient(await listen(plain, 0, 'plain dynalite'));
try {
  for (const client of [twin.client, plainClient]) {
    await createKeyTable(client, 'bench');
    await client.send(new PutItemCommand({ TableName: 'bench', Item: { pk: { S: 'item' }, n: { N: '1' } } }));
  }
  // Whichever runs first pays for the JIT: run both twice and keep the second figures.
  await getItems(twin.client);
  await getItems(plainClient);
  const front = await getItems(twin.client);
  const direct = await getItems(plainClient);
  console.log(
    `GetItem, ${ROUNDS} sequential: front ${front.toFixed(3)} ms, dynalite direct ${direct.toFixed(3)} ms`,
  );

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
  const commit = await msPer(200, (round) =>
    twin.client.send(new TransactWriteItemsCommand({ TransactItems: actions(round, false) })),
  );
  const cancel = await msPer(200, (round) =>
    twin.client
      .send(new TransactWriteItemsCommand({ TransactItems: actions(round, true) }))
      .catch(() => undefined),
  );
  const singles = await msPer(200, async (round) => {
    for (let i = 0; i < 10; i += 1) await twin.client.send(new PutItemCommand(put(round, i)));
  });
  console.log(
    `TransactWriteItems of 10: committed ${commit.toFixed(3)} ms, cancelled and rolled back ${cancel.toFixed(3)} ms; 10 sequential PutItem ${singles.toFixed(3)} ms`,
  );
} finally {
  plainClient.destroy();
  await close(plain);
  await twin.stop();
}
