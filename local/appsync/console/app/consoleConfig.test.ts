import { describe, expect, expectTypeOf, it } from 'vitest';
import type { LocalClientConfig } from '../../../twin.js';
import { parseConsoleConfig } from './consoleConfig.js';
import type { ConsoleConfig } from './consoleConfig.js';

const config: ConsoleConfig = {
  region: 'us-east-1',
  graphqlUrl: 'http://127.0.0.1:4000/graphql',
  apiKey: 'da2-local',
  userPoolId: 'us-east-1_Local',
  userPoolClientId: 'client',
  userPoolEndpoint: 'http://127.0.0.1:4006',
};

describe('parseConsoleConfig', () => {
  it("is a part of the twin's /config.json", () => {
    expectTypeOf<LocalClientConfig>().toExtend<ConsoleConfig>();
  });

  it('keeps the fields the console uses and drops the rest', () => {
    expect(parseConsoleConfig({ ...config, mailboxUrl: 'http://x', services: {} })).toEqual(config);
  });

  it('names every missing or empty field', () => {
    expect(() => parseConsoleConfig({ ...config, apiKey: '', userPoolEndpoint: undefined })).toThrow(
      'The configuration lacks apiKey, userPoolEndpoint',
    );
    expect(() => parseConsoleConfig('not json')).toThrow('lacks region, graphqlUrl');
  });
});
