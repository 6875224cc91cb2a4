import { randomBytes } from 'node:crypto';
import { RDSDataClient } from '@aws-sdk/client-rds-data';
import { catalogSettings } from './catalogSettings.js';
import type { CatalogEvent } from './CatalogEvent.js';
import type { CatalogResult } from './CatalogResult.js';
import { dataApiExecutor } from '../lib/sql/dataApiExecutor.js';
import { dispatch } from './dispatch.js';
import { newId } from '../lib/newId.js';
import { pageTokenKey } from './pageTokenKey.js';
import { CLIENT_CONFIG } from '../lib/sdk/clientConfig.js';

// No endpoint in code: AWS_ENDPOINT_URL_RDS_DATA points the client at the local twin when set.
const client = new RDSDataClient(CLIENT_CONFIG);

/**
 * The catalog function, the Lambda data source of the catalog resolvers: runs the field the payload
 * names (`CatalogEvent`) against Aurora through the Data API and answers a `CatalogResult` (see
 * README.md for the error convention).
 */
export async function handler(event: CatalogEvent): Promise<CatalogResult> {
  const settings = catalogSettings(process.env);
  return dispatch(event, {
    db: dataApiExecutor(client, settings.target),
    currency: settings.currency,
    pageTokenKey: pageTokenKey(settings.target.secretArn),
    now: () => new Date(),
    newId: () => newId(Date.now(), randomBytes(10)),
  });
}
