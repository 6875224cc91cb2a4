import type { DataApiTarget } from '../migrate/DataApiTarget.js';

/** The orders functions' configuration, from their environment (`infra/environment.ts`). */
export interface OrdersSettings {
  readonly region: string;
  readonly target: DataApiTarget;
  readonly currency: string;
  readonly queueUrl: string;
  readonly tables: { readonly promoCodes: string; readonly promoRedemptions: string; readonly users: string };
  readonly mailFrom: string;
  readonly adminEmail: string;
  readonly graphqlUrl: string;
  /** `ORDER_TELLING_CLAIM_SECONDS`: how long a teller's claim lasts; absent: the default (two minutes). */
  readonly tellingClaimMs: number | null;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads what the orders function and the order worker are given: the database (`DB_CLUSTER_ARN`,
 * `DB_SECRET_ARN`, `DB_NAME`), `SHOP_CURRENCY`, `ORDERS_QUEUE_URL`, the `PROMO_CODES_TABLE`,
 * `PROMO_REDEMPTIONS_TABLE` and `USERS_TABLE`, `MAIL_FROM`, `ADMIN_EMAIL`, `GRAPHQL_URL` and the
 * region. Throws naming every missing one: the function is deployed wrong and every call would fail.
 */
export function ordersSettings(env: Env): OrdersSettings {
  const missing: string[] = [];
  const need = (name: string): string => {
    const value = env[name];
    if (!value) missing.push(name);
    return value ?? '';
  };
  const settings: OrdersSettings = {
    region: need('AWS_REGION'),
    target: {
      resourceArn: need('DB_CLUSTER_ARN'),
      secretArn: need('DB_SECRET_ARN'),
      database: need('DB_NAME'),
    },
    currency: need('SHOP_CURRENCY'),
    queueUrl: need('ORDERS_QUEUE_URL'),
    tables: {
      promoCodes: need('PROMO_CODES_TABLE'),
      promoRedemptions: need('PROMO_REDEMPTIONS_TABLE'),
      users: need('USERS_TABLE'),
    },
    mailFrom: need('MAIL_FROM'),
    adminEmail: need('ADMIN_EMAIL'),
    graphqlUrl: need('GRAPHQL_URL'),
    tellingClaimMs: claimSeconds(env.ORDER_TELLING_CLAIM_SECONDS),
  };
  if (missing.length > 0) throw new Error(`The orders functions need ${missing.join(', ')} set`);
  if (!/^[A-Z]{3}$/.test(settings.currency)) {
    throw new Error(
      `SHOP_CURRENCY must be an ISO 4217 code such as EUR, got ${JSON.stringify(settings.currency)}`,
    );
  }
  return settings;
}

function claimSeconds(value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1) {
    throw new Error(
      `ORDER_TELLING_CLAIM_SECONDS must be a whole number of seconds from 1, got ${JSON.stringify(value)}`,
    );
  }
  return Number(value) * 1000;
}
