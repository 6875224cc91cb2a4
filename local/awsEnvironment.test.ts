import { describe, expect, it } from 'vitest';
import { awsEnvironment } from './awsEnvironment.js';

describe('awsEnvironment', () => {
  it('names the region, the local keys and an endpoint variable per SDK service id of each service', () => {
    expect(
      awsEnvironment('eu-central-1', {
        twin: 'http://127.0.0.1:4000',
        dynamodb: 'http://127.0.0.1:4001',
        'sqs/sns': 'http://127.0.0.1:4004',
        ses: 'http://127.0.0.1:4005',
      }),
    ).toEqual({
      AWS_REGION: 'eu-central-1',
      AWS_DEFAULT_REGION: 'eu-central-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:4001',
      AWS_ENDPOINT_URL_SQS: 'http://127.0.0.1:4004',
      AWS_ENDPOINT_URL_SNS: 'http://127.0.0.1:4004',
      AWS_ENDPOINT_URL_SESV2: 'http://127.0.0.1:4005',
      AWS_ENDPOINT_URL_SES: 'http://127.0.0.1:4005',
    });
  });
});
