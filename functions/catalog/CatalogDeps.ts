import type { SqlExecutor } from '../lib/sql/SqlExecutor.js';

/** What the catalog operations need from outside: the database, configuration, the clock and ids. */
export interface CatalogDeps {
  readonly db: SqlExecutor;
  /** ISO 4217 code of the one shop currency (`SHOP_CURRENCY`). */
  readonly currency: string;
  /** Signs and checks `nextToken`s (`pageTokenKey`). */
  readonly pageTokenKey: Uint8Array;
  readonly now: () => Date;
  /** A new ULID. */
  readonly newId: () => string;
}
