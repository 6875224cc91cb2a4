import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { RDSDataClient } from '@aws-sdk/client-rds-data';
import type { StackDescription } from '../../infra/description.js';
import { putProfile } from '../../functions/postConfirmation/putProfile.js';
import { invariant } from '../../functions/lib/invariant.js';
import { ensureUser } from '../cognito/index.js';
import type { CognitoTwin } from '../cognito/index.js';
import { LOCAL_CREDENTIALS } from '../localAws.js';
import { demoCatalog } from './demoCatalog.js';
import type { ProductRecord } from '../../functions/catalog/index.js';
import { rebaseDemoPictures } from './rebaseDemoPictures.js';
import { seedCatalog } from './seedCatalog.js';

/** An account the twin creates at start (confirmed, with a profile) when it does not exist yet. */
export interface DemoUser {
  readonly email: string;
  readonly password: string;
  readonly name?: string;
  readonly groups?: readonly string[];
}

/** Where the demo data goes: the twin's services and the database the Data API twin serves. */
export interface DemoTarget {
  readonly region: string;
  readonly rdsDataEndpoint: string;
  readonly database: { readonly clusterArn: string; readonly secretArn: string; readonly name: string };
  readonly dynamodbEndpoint: string;
  readonly cognito: Pick<CognitoTwin, 'endpoint' | 'userPoolId'>;
  readonly log: (line: string) => void;
}

/**
 * Seeds the demo catalog (pictures served from `imageBaseUrl`) when the products table is empty, points
 * the pictures of a catalog seeded by a twin at another address at `imageBaseUrl` (`rebaseDemoPictures`),
 * and answers its products, whose pictures the twin serves.
 */
export async function seedDemoCatalog(
  target: DemoTarget,
  imageBaseUrl: string,
): Promise<readonly ProductRecord[]> {
  const products = demoCatalog(imageBaseUrl);
  const rds = new RDSDataClient({
    endpoint: target.rdsDataEndpoint,
    region: target.region,
    credentials: LOCAL_CREDENTIALS,
  });
  const database = {
    resourceArn: target.database.clusterArn,
    secretArn: target.database.secretArn,
    database: target.database.name,
  };
  try {
    const seeded = await seedCatalog(rds, database, { imageBaseUrl, products });
    if (seeded > 0) target.log(`${'seed'.padEnd(10)} ${seeded} demo products`);
    const moved = await rebaseDemoPictures(rds, database, imageBaseUrl);
    if (moved > 0)
      target.log(`${'seed'.padEnd(10)} ${moved} product pictures now at ${imageBaseUrl}/images/`);
  } finally {
    rds.destroy();
  }
  return products;
}

/**
 * Creates each demo account that does not exist (confirmed, permanent password, groups) with its
 * profile in the table the description's post-confirmation function writes: an account an admin creates
 * gets no post-confirmation trigger on AWS either, so the profile is written here.
 */
export async function ensureDemoUsers(
  target: DemoTarget,
  description: StackDescription,
  users: readonly DemoUser[],
): Promise<void> {
  if (users.length === 0) return;
  const table = profileTable(description);
  const client = new DynamoDBClient({
    endpoint: target.dynamodbEndpoint,
    region: target.region,
    credentials: LOCAL_CREDENTIALS,
  });
  try {
    for (const user of users) {
      const { sub, created } = await ensureUser(target.cognito, {
        email: user.email,
        password: user.password,
        groups: [...(user.groups ?? [])],
      });
      if (!created) continue;
      await putProfile(client, table, {
        id: sub,
        email: user.email,
        ...(user.name ? { name: user.name } : {}),
        createdAt: new Date().toISOString(),
      });
    }
  } finally {
    client.destroy();
  }
}

/** The one table the description's post-confirmation function writes: where profiles live. */
export function profileTable(description: StackDescription): string {
  const writer = Object.values(description.functions).find((spec) =>
    (spec.triggers ?? []).some(
      (trigger) => trigger.kind === 'cognito' && trigger.trigger === 'postConfirmation',
    ),
  );
  const tables = Object.entries(writer?.access?.tables ?? {}).filter(([, access]) => access !== 'read');
  invariant(tables.length === 1, 'the post-confirmation function writes exactly one table, the profiles');
  return tables[0]![0];
}
