import { describe, expect, it } from 'vitest';
import { catalogSettings } from './catalogSettings.js';

const env = {
  DB_CLUSTER_ARN: 'arn:aws:rds:eu-west-1:123456789012:cluster:shop',
  DB_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop',
  DB_NAME: 'shopsync',
  SHOP_CURRENCY: 'EUR',
};

describe('catalogSettings', () => {
  it('reads the database and the currency from the environment', () => {
    expect(catalogSettings(env)).toEqual({
      target: { resourceArn: env.DB_CLUSTER_ARN, secretArn: env.DB_SECRET_ARN, database: 'shopsync' },
      currency: 'EUR',
    });
  });

  it('fails fast when the function is configured wrong', () => {
    expect(() => catalogSettings({ ...env, DB_NAME: undefined })).toThrow(
      'DB_CLUSTER_ARN, DB_SECRET_ARN and DB_NAME',
    );
    expect(() => catalogSettings({ ...env, SHOP_CURRENCY: 'euro' })).toThrow(
      'SHOP_CURRENCY must be an ISO 4217',
    );
  });
});
