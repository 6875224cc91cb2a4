/**
 * The twin's services: each listens on the base port plus its offset, and the AWS SDK reaches it
 * through the `AWS_ENDPOINT_URL_<ID>` variables listed (the SDK's service ids). Adding a service adds a
 * line here and a step in `startTwin`.
 */
export const TWIN_SERVICES = {
  twin: { offset: 0, sdkIds: [] },
  dynamodb: { offset: 1, sdkIds: ['DYNAMODB'] },
  'rds-data': { offset: 2, sdkIds: ['RDS_DATA'] },
  lambda: { offset: 3, sdkIds: ['LAMBDA'] },
  'sqs/sns': { offset: 4, sdkIds: ['SQS', 'SNS'] },
  ses: { offset: 5, sdkIds: ['SESV2', 'SES'] },
  cognito: { offset: 6, sdkIds: ['COGNITO_IDENTITY_PROVIDER'] },
  scheduler: { offset: 7, sdkIds: ['SCHEDULER'] },
} as const satisfies Record<string, { readonly offset: number; readonly sdkIds: readonly string[] }>;

export type ServiceName = keyof typeof TWIN_SERVICES;

/** Every service name, in start-up order of their ports. */
export const SERVICE_NAMES = Object.keys(TWIN_SERVICES) as ServiceName[];
