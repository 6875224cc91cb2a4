import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shop } from '../../infra/shop.js';
import { startTestTwin } from '../../test/support/testTwin.js';
import type { TestTwin } from '../../test/support/testTwin.js';
import { profileItem } from './profileItem.js';
import { putProfile } from './putProfile.js';

function confirmation(
  attributes: Record<string, string>,
  triggerSource: PostConfirmationTriggerEvent['triggerSource'] = 'PostConfirmation_ConfirmSignUp',
): PostConfirmationTriggerEvent {
  return {
    version: '1',
    region: 'us-east-1',
    userPoolId: 'us-east-1_TEST',
    userName: attributes.sub ?? 'someone',
    callerContext: { awsSdkVersion: '3', clientId: 'client' },
    triggerSource,
    request: { userAttributes: attributes },
    response: {},
  };
}

const now = new Date('2026-11-26T08:00:00.000Z');

describe('profileItem', () => {
  it('builds the profile from the verified attributes', () => {
    const event = confirmation({ sub: 'u-1', email: 'ada@example.com', name: '  Ada Lovelace ' });
    expect(profileItem(event, now)).toEqual({
      id: 'u-1',
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      createdAt: '2026-11-26T08:00:00.000Z',
    });
  });

  it('stores no name when none was given, nor a blank one', () => {
    expect(profileItem(confirmation({ sub: 'u-2', email: 'grace@example.com' }), now)).not.toHaveProperty(
      'name',
    );
    expect(
      profileItem(confirmation({ sub: 'u-3', email: 'g@example.com', name: '   ' }), now),
    ).not.toHaveProperty('name');
  });

  it('creates nothing on a confirmed password reset', () => {
    const event = confirmation(
      { sub: 'u-1', email: 'a@example.com' },
      'PostConfirmation_ConfirmForgotPassword',
    );
    expect(profileItem(event, now)).toBeUndefined();
  });

  it('refuses an event without sub or email', () => {
    expect(() => profileItem(confirmation({ email: 'a@example.com' }), now)).toThrow(/lacks sub or email/);
  });
});

describe('putProfile against the DynamoDB twin', () => {
  let dynamo: TestTwin;
  beforeAll(async () => {
    dynamo = await startTestTwin({ tables: { users: shop.tables.users! } });
  });
  afterAll(async () => dynamo.stop());

  it('writes the profile once and never overwrites it on a retried trigger', async () => {
    const first = profileItem(confirmation({ sub: 'u-9', email: 'lin@example.com', name: 'Lin' }), now)!;
    expect(await putProfile(dynamo.client, 'users', first)).toBe(true);
    const retry = { ...first, name: 'Changed', createdAt: '2030-01-01T00:00:00.000Z' };
    expect(await putProfile(dynamo.client, 'users', retry)).toBe(false);

    const stored = await dynamo.client.send(
      new GetItemCommand({ TableName: 'users', Key: { id: { S: 'u-9' } } }),
    );
    expect(unmarshall(stored.Item!)).toEqual(first);
  });
});
