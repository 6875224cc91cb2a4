import type { DataApiTarget } from '../migrate/DataApiTarget.js';

/** The catalog function's configuration, from its environment (`infra/environment.ts`). */
export interface CatalogSettings {
  readonly target: DataApiTarget;
  readonly currency: string;
}

/**
 * Reads `DB_CLUSTER_ARN`, `DB_SECRET_ARN`, `DB_NAME` and `SHOP_CURRENCY`. Throws when one is missing or the
 * currency is not a three-letter upper-case code: the function is deployed wrong, every call would fail.
 */
export function catalogSettings(env: Readonly<Record<string, string | undefined>>): CatalogSettings {
  const { DB_CLUSTER_ARN: resourceArn, DB_SECRET_ARN: secretArn, DB_NAME: database } = env;
  const currency = env.SHOP_CURRENCY;
  if (!resourceArn || !secretArn || !database) {
    throw new Error('The catalog function needs DB_CLUSTER_ARN, DB_SECRET_ARN and DB_NAME set');
  }
  if (!currency || !/^[A-Z]{3}$/.test(currency)) {
    throw new Error(`SHOP_CURRENCY must be an ISO 4217 code such as EUR, got ${JSON.stringify(currency)}`);
  }
  return { target: { resourceArn, secretArn, database }, currency };
}
