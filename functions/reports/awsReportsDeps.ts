import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { RDSDataClient } from '@aws-sdk/client-rds-data';
import { SNSClient } from '@aws-sdk/client-sns';
import { dataApiExecutor } from '../lib/sql/dataApiExecutor.js';
import { dynamoReportStore } from './dynamoReportStore.js';
import type { ReportsDeps } from './ReportsDeps.js';
import type { ReportsSettings } from './reportsSettings.js';
import { snsReportPublisher } from './snsReportPublisher.js';
import { CLIENT_CONFIG } from '../lib/sdk/clientConfig.js';

// No endpoints in code: AWS_ENDPOINT_URL_<SERVICE> points each client at the local twin when set.
const clients = {
  rdsData: new RDSDataClient(CLIENT_CONFIG),
  dynamodb: new DynamoDBClient(CLIENT_CONFIG),
  sns: new SNSClient(CLIENT_CONFIG),
};

/** The reports operations' dependencies on AWS. */
export function awsReportsDeps(settings: ReportsSettings): ReportsDeps {
  return {
    db: dataApiExecutor(clients.rdsData, settings.target),
    currency: settings.currency,
    timeZone: settings.timeZone,
    now: () => new Date(),
    reports: dynamoReportStore(clients.dynamodb, settings.tableName),
    publish: snsReportPublisher(clients.sns, settings.topicArn),
    log: (line) => console.log(line),
  };
}
