import { RDSDataClient } from '@aws-sdk/client-rds-data';
import { dataApiExecutor } from '../../functions/lib/sql/dataApiExecutor.js';
import { textParam } from '../../functions/lib/sql/params.js';
import { integer, text } from '../../functions/lib/sql/rowValues.js';
import type { DataApiTarget } from '../../functions/migrate/DataApiTarget.js';
import { insertProducts } from '../../local/seed/index.js';
import { clientConfig } from '../twin/clientConfig.js';
import { benchProducts } from './benchProducts.js';

/** The catalog as the benchmark reads it. */
export interface BenchCatalog {
  /** Active products in all. */
  readonly products: number;
  /** Of them, the ones `fillCatalog` added. */
  readonly added: number;
  /** Ids spread evenly over the whole catalog (in id order), for `product(id)`. */
  readonly ids: readonly string[];
  /** How many active products the search text finds (in name, description or SKU). */
  readonly searchMatches: number;
}

/**
 * Fills the twin's catalog up to `size` active products through its Data API, the way the twin seeds
 * its demo catalog (`insertProducts`), with `benchProducts` after
 * the demo products already there. Then picks `idCount` ids spread over the catalog and counts the
 * products `search` finds.
 */
export async function fillCatalog(
  rdsDataEndpoint: string,
  target: Required<DataApiTarget>,
  options: {
    readonly size: number;
    readonly imageBaseUrl: string;
    readonly idCount: number;
    readonly search: string;
  },
): Promise<BenchCatalog> {
  const client = new RDSDataClient(clientConfig(rdsDataEndpoint));
  const db = dataApiExecutor(client, target);
  try {
    const before = await activeProducts();
    const products = benchProducts(Math.max(0, options.size - before), options.imageBaseUrl);
    if (products.length > 0) await insertProducts(client, target, products);
    const ids = (
      await db.query({ sql: 'SELECT id FROM products WHERE active = 1 ORDER BY id', parameters: [] })
    ).map((row) => text(row, 'id'));
    const step = ids.length / Math.min(options.idCount, ids.length);
    const pattern = `%${options.search.toLowerCase()}%`;
    const [found] = await db.query({
      sql:
        'SELECT COUNT(*) AS n FROM products WHERE active = 1 AND (LOWER(name) LIKE :name OR ' +
        'LOWER(description) LIKE :description OR LOWER(sku) LIKE :sku)',
      parameters: [textParam('name', pattern), textParam('description', pattern), textParam('sku', pattern)],
    });
    return {
      products: ids.length,
      added: products.length,
      ids: Array.from(
        { length: Math.min(options.idCount, ids.length) },
        (_, index) => ids[Math.floor(index * step)]!,
      ),
      searchMatches: integer(found!, 'n'),
    };

    async function activeProducts(): Promise<number> {
      const [row] = await db.query({
        sql: 'SELECT COUNT(*) AS n FROM products WHERE active = 1',
        parameters: [],
      });
      return integer(row!, 'n');
    }
  } finally {
    client.destroy();
  }
}
