import { isTimeZone } from '../lib/time/index.js';
import type { DataApiTarget } from '../migrate/DataApiTarget.js';

/** The reports function's configuration, from its environment (`infra/environment.ts`). */
export interface ReportsSettings {
  readonly target: DataApiTarget;
  readonly currency: string;
  readonly timeZone: string;
  readonly tableName: string;
  readonly topicArn: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads what the reports function is given: the database (`DB_CLUSTER_ARN`, `DB_SECRET_ARN`, `DB_NAME`),
 * `SALES_REPORTS_TABLE`, `SALES_REPORTS_TOPIC_ARN`, and the shop's `SHOP_CURRENCY` and `SHOP_TIME_ZONE`.
 * Throws naming every missing or malformed one: the function is deployed wrong and every call would fail.
 */
export function reportsSettings(env: Env): ReportsSettings {
  const missing: string[] = [];
  const need = (name: string): string => {
    const value = env[name];
    if (!value) missing.push(name);
    return value ?? '';
  };
  const settings: ReportsSettings = {
    target: {
      resourceArn: need('DB_CLUSTER_ARN'),
      secretArn: need('DB_SECRET_ARN'),
      database: need('DB_NAME'),
    },
    currency: need('SHOP_CURRENCY'),
    timeZone: need('SHOP_TIME_ZONE'),
    tableName: need('SALES_REPORTS_TABLE'),
    topicArn: need('SALES_REPORTS_TOPIC_ARN'),
  };
  if (missing.length > 0) throw new Error(`The reports function needs ${missing.join(', ')} set`);
  if (!/^[A-Z]{3}$/.test(settings.currency)) {
    throw new Error(
      `SHOP_CURRENCY must be an ISO 4217 code such as EUR, got ${JSON.stringify(settings.currency)}`,
    );
  }
  if (!isTimeZone(settings.timeZone)) {
    throw new Error(
      `SHOP_TIME_ZONE must be an IANA time zone such as Europe/Berlin, got ${JSON.stringify(settings.timeZone)}`,
    );
  }
  return settings;
}
