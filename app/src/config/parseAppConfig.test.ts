import { describe, expect, it } from 'vitest';
import type { ClientConfig } from '../../../infra/clientConfig.js';
import { parseAppConfig } from './parseAppConfig.js';

const AWS: ClientConfig = {
  region: 'eu-west-1',
  graphqlUrl: 'https://abc.appsync-api.eu-west-1.amazonaws.com/graphql',
  realtimeUrl: 'wss://abc.appsync-realtime-api.eu-west-1.amazonaws.com/graphql',
  apiKey: 'da2-abc',
  userPoolId: 'eu-west-1_abc',
  userPoolClientId: 'client',
  authFlow: 'USER_SRP_AUTH',
  currency: 'EUR',
  timeZone: 'Europe/Berlin',
};

describe('parseAppConfig', () => {
  it('keeps the fields of the AWS configuration, without local ones', () => {
    expect(parseAppConfig(AWS)).toEqual({
      region: 'eu-west-1',
      graphqlUrl: AWS.graphqlUrl,
      apiKey: 'da2-abc',
      userPoolId: 'eu-west-1_abc',
      userPoolClientId: 'client',
      authFlow: 'USER_SRP_AUTH',
      currency: 'EUR',
      timeZone: 'Europe/Berlin',
    });
  });

  it("keeps the twin's user pool endpoint and mailbox", () => {
    // The shape of the twin's LocalClientConfig (the e2e test parses the real one).
    const local = {
      ...AWS,
      authFlow: 'USER_PASSWORD_AUTH',
      userPoolEndpoint: 'http://localhost:4006',
      mailboxUrl: 'http://localhost:4005',
      services: { twin: 'http://localhost:4000', cognito: 'http://localhost:4006' },
    };
    expect(parseAppConfig(local)).toMatchObject({
      authFlow: 'USER_PASSWORD_AUTH',
      userPoolEndpoint: 'http://localhost:4006',
      mailboxUrl: 'http://localhost:4005',
    });
    expect(parseAppConfig(local)).not.toHaveProperty('services');
  });

  it('names every missing or bad field', () => {
    expect(() => parseAppConfig({ ...AWS, apiKey: '', userPoolId: undefined, authFlow: 'SRP' })).toThrow(
      "The shop's configuration is invalid: apiKey is missing; userPoolId is missing; authFlow must be USER_SRP_AUTH or USER_PASSWORD_AUTH",
    );
    expect(() => parseAppConfig({ ...AWS, mailboxUrl: 3 })).toThrow('mailboxUrl must be a non-empty string');
    expect(() => parseAppConfig(null)).toThrow('region is missing');
  });
});
