import {
  BatchExecuteStatementCommand,
  BeginTransactionCommand,
  CommitTransactionCommand,
  ExecuteStatementCommand,
  RollbackTransactionCommand,
} from '@aws-sdk/client-rds-data';
import type { RDSDataClient } from '@aws-sdk/client-rds-data';
import { insertProduct } from '../../functions/catalog/index.js';
import type { ProductRecord } from '../../functions/catalog/index.js';
import type { DataApiTarget } from '../../functions/migrate/index.js';
import { demoCatalog } from './demoCatalog.js';

// Parameter sets per BatchExecuteStatement: keeps each request far below the Data API's request size.
const BATCH_SIZE = 50;

/** What `seedCatalog` inserts. */
export interface SeedOptions {
  /** The twin's base URL (e.g. `http://localhost:4000`); image URLs are this plus `/images/<sku>.svg`. */
  readonly imageBaseUrl: string;
  /** The products to insert; default: `demoCatalog(imageBaseUrl)`. */
  readonly products?: readonly ProductRecord[];
}

/**
 * Inserts the demo catalog through the Data API when the `products` table is empty, and does nothing
 * when it holds any row (so a restart never duplicates or restores demo products an admin changed).
 * Resolves to the number of products inserted. The rows go in with BatchExecuteStatement, 50 per call,
 * inside one transaction: a failure leaves the table empty, and the next start tries again.
 *
 * @example
 * await seedCatalog(client, { resourceArn, secretArn, database: 'shopsync' }, { imageBaseUrl: twin.url });
 * // => 210 on the first start, 0 after
 */
export async function seedCatalog(
  client: RDSDataClient,
  target: DataApiTarget,
  options: SeedOptions,
): Promise<number> {
  const products = options.products ?? demoCatalog(options.imageBaseUrl);
  const location = {
    resourceArn: target.resourceArn,
    secretArn: target.secretArn,
    ...(target.database !== undefined && { database: target.database }),
  };
  const counted = await client.send(
    new ExecuteStatementCommand({ ...location, sql: 'SELECT COUNT(*) AS n FROM products' }),
  );
  if ((counted.records?.[0]?.[0]?.longValue ?? 0) > 0 || products.length === 0) return 0;

  await insertProducts(client, location, products);
  return products.length;
}

/**
 * Inserts `products` with the catalog function's `insertProduct` statement: BatchExecuteStatement calls
 * of 50 parameter sets inside one transaction, committed at the end or rolled back on a failure.
 */
export async function insertProducts(
  client: RDSDataClient,
  location: DataApiTarget,
  products: readonly ProductRecord[],
): Promise<void> {
  const { transactionId } = await client.send(new BeginTransactionCommand(location));
  const ids = { resourceArn: location.resourceArn, secretArn: location.secretArn, transactionId };
  try {
    for (let start = 0; start < products.length; start += BATCH_SIZE) {
      const batch = products.slice(start, start + BATCH_SIZE).map(insertProduct);
      await client.send(
        new BatchExecuteStatementCommand({
          ...location,
          transactionId,
          sql: batch[0]!.sql,
          parameterSets: batch.map((request) => [...request.parameters]),
        }),
      );
    }
  } catch (error) {
    // The batch's error is the one to report; an unanswered transaction is rolled back by the Data API.
    await client.send(new RollbackTransactionCommand(ids)).catch(() => undefined);
    throw error;
  }
  await client.send(new CommitTransactionCommand(ids));
}
