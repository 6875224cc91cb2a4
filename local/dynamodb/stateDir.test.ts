import {
  DescribeTimeToLiveCommand,
  GetItemCommand,
  PutItemCommand,
  TransactWriteItemsCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyTable, external, startTestTwin } from '../../test/support/testTwin.js';

// The twin's state folder; an external engine keeps its state its own way.
describe.skipIf(external)('DynamoDB twin state folder', () => {
  let stateDir: string;
  beforeAll(async () => {
    stateDir = await mkdtemp(path.join(tmpdir(), 'dynamodb-twin-'));
  });
  afterAll(() => rm(stateDir, { recursive: true, force: true }));

  it('keeps tables, items and TTL settings across a restart', async () => {
    const first = await startTestTwin({ stateDir });
    await createKeyTable(first.client, 'profiles');
    await first.client.send(
      new PutItemCommand({ TableName: 'profiles', Item: { pk: { S: 'ada' }, n: { N: '1' } } }),
    );
    await first.client.send(
      new TransactWriteItemsCommand({
        TransactItems: [{ Put: { TableName: 'profiles', Item: { pk: { S: 'grace' } } } }],
      }),
    );
    await first.client.send(
      new UpdateTimeToLiveCommand({
        TableName: 'profiles',
        TimeToLiveSpecification: { Enabled: true, AttributeName: 'expiresAt' },
      }),
    );
    await first.stop();

    const second = await startTestTwin({ stateDir });
    try {
      const ada = await second.client.send(
        new GetItemCommand({ TableName: 'profiles', Key: { pk: { S: 'ada' } } }),
      );
      expect(ada.Item).toEqual({ pk: { S: 'ada' }, n: { N: '1' } });
      const grace = await second.client.send(
        new GetItemCommand({ TableName: 'profiles', Key: { pk: { S: 'grace' } } }),
      );
      expect(grace.Item).toEqual({ pk: { S: 'grace' } });
      const ttl = await second.client.send(new DescribeTimeToLiveCommand({ TableName: 'profiles' }));
      expect(ttl.TimeToLiveDescription).toEqual({ TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' });
    } finally {
      await second.stop();
    }
  });

  it('refuses to start a second twin on a folder in use, with a message saying what to do', async () => {
    const holder = await startTestTwin({ stateDir });
    try {
      await expect(startTestTwin({ stateDir })).rejects.toThrow(
        /is in use by another twin in this process: stop that twin first/,
      );
    } finally {
      await holder.stop();
    }
    const after = await startTestTwin({ stateDir });
    await after.stop();
  });
});
