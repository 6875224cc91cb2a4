import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { RDSDataClient } from '@aws-sdk/client-rds-data';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { pageTokenKey } from '../catalog/pageTokenKey.js';
import { newId } from '../lib/newId.js';
import { dataApiExecutor } from '../lib/sql/dataApiExecutor.js';
import { dynamoPromoRedemptions } from './dynamoPromoRedemptions.js';
import { dynamoPromoStanding } from './dynamoPromoStanding.js';
import { createNotifier } from './notify/createNotifier.js';
import { signedPublisher } from './notify/publishOrderStatus.js';
import { shopperAddress } from './notify/recipients.js';
import { sesMailer } from './notify/sesMailer.js';
import { writeOrderMessage } from './orderMessage.js';
import type { OrdersDeps } from './OrdersDeps.js';
import type { OrdersSettings } from './ordersSettings.js';
import { CLIENT_CONFIG } from '../lib/sdk/clientConfig.js';

// No endpoints in code: AWS_ENDPOINT_URL_<SERVICE> points each client at the local twin when set.
const clients = {
  rdsData: new RDSDataClient(CLIENT_CONFIG),
  dynamodb: new DynamoDBClient(CLIENT_CONFIG),
  sqs: new SQSClient(CLIENT_CONFIG),
  ses: new SESv2Client(CLIENT_CONFIG),
};

/** The orders operations' dependencies on AWS, for the orders function and the order worker alike. */
export function awsOrdersDeps(settings: OrdersSettings): OrdersDeps {
  const promoTables = { codes: settings.tables.promoCodes, redemptions: settings.tables.promoRedemptions };
  const log = (line: string) => console.log(line);
  return {
    db: dataApiExecutor(clients.rdsData, settings.target),
    currency: settings.currency,
    now: () => new Date(),
    newId: () => newId(Date.now(), randomBytes(10)),
    pageTokenKey: pageTokenKey(settings.target.secretArn),
    promoStanding: dynamoPromoStanding(clients.dynamodb, promoTables),
    redemptions: dynamoPromoRedemptions(clients.dynamodb, promoTables),
    enqueue: async (orderId) => {
      await clients.sqs.send(
        new SendMessageCommand({ QueueUrl: settings.queueUrl, MessageBody: writeOrderMessage(orderId) }),
      );
    },
    notifier: createNotifier({
      publish: signedPublisher({ graphqlUrl: settings.graphqlUrl, region: settings.region }),
      send: sesMailer(clients.ses, settings.mailFrom),
      shopperAddress: shopperAddress(clients.dynamodb, settings.tables.users),
      adminEmail: settings.adminEmail,
      log,
    }),
    ...(settings.tellingClaimMs === null ? {} : { tellingClaimMs: settings.tellingClaimMs }),
    log,
  };
}
