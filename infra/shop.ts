import type { ReportsEvent } from '../functions/reports/ReportsEvent.js';
import type {
  FunctionAccess,
  PipelineFunctionSpec,
  ResolverSpec,
  ShopSettings,
  StackDescription,
} from './description.js';

/** The shop's settings: published in `config.json`, and given to the functions and resolvers that need them. */
const SETTINGS: ShopSettings = { currency: 'EUR', timeZone: 'Europe/Berlin' };

/** The shop's one currency (ISO 4217); prices, carts, orders and reports are integer cents of it. */
const SHOP_CURRENCY = SETTINGS.currency;

/** The shop's time zone (IANA): the sales reports count its calendar days, and their schedule runs in it. */
const SHOP_TIME_ZONE = SETTINGS.timeZone;

/** The input of the nightly report schedule: a `ReportsEvent` like the resolvers', with no date (yesterday). */
const DAILY_REPORT_EVENT = {
  operation: 'runDailySalesReport',
  arguments: {},
  caller: { kind: 'schedule', schedule: 'dailySalesReport' },
} as const satisfies ReportsEvent;

/** A stored cart is deleted (DynamoDB TTL) this long after its last change. */
const CART_LIFETIME_DAYS = 30;

/**
 * What the orders function and the order worker touch: both move orders (the worker confirms and
 * rejects; the function places, cancels and, for admins, confirms), so both redeem and release promo
 * codes, take and return stock, publish the change and email the shopper and the admins.
 */
const ORDER_MOVES_ACCESS: FunctionAccess = {
  database: true,
  tables: { promoCodes: 'readWrite', promoRedemptions: 'readWrite', users: 'read' },
  sendTo: ['orders'],
  sendEmail: true,
  emailAdmins: true,
  graphqlFields: ['Mutation.publishOrderStatus'],
};

/**
 * ShopSync's stack, described once. `ShopStack` deploys it to AWS; the local twin boots it offline.
 *
 * Resolvers and functions appear here only once their code exists: the consistency test
 * (`shop.test.ts`) fails on any reference to a missing file, table, function or data source.
 */
export const shop: StackDescription = {
  settings: SETTINGS,
  api: {
    name: 'shopsync',
    schemaFile: 'schema.graphql',
    // Signed-in users by default; the API key for the public catalog; IAM for the backend's mutations.
    auth: { defaultMode: 'AMAZON_COGNITO_USER_POOLS', additionalModes: ['API_KEY', 'AWS_IAM'] },
    // The deepest legitimate query (order → items → product → price) is 4 levels; 10 leaves room for
    // the console's introspection without allowing abusive nesting.
    queryDepthLimit: 10,
    resolverCountLimit: 1000,
    apiKeyExpiresInDays: 365,
    rateLimitPer5Minutes: 2000,
    environment: {
      SHOP_CURRENCY,
      // Every cart write sets the carts table's TTL attribute to now plus this many seconds.
      CART_TTL_SECONDS: String(CART_LIFETIME_DAYS * 86_400),
    },
  },
  userPool: {
    adminGroup: 'admins',
    passwordMinLength: 12,
  },
  database: {
    name: 'shopsync',
    migrationsDir: 'migrations',
    // 0 ACU lets the cluster pause when idle (Aurora MySQL 3.08+); the migration runner retries while
    // it resumes.
    minCapacityAcu: 0,
    maxCapacityAcu: 4,
  },
  tables: {
    users: {
      description: 'User profiles, one item per Cognito user (id = sub), written at sign-up confirmation',
      partitionKey: { name: 'id', type: 'S' },
    },
    carts: {
      description: 'Stored carts of signed-in users, one item per user; abandoned carts expire',
      partitionKey: { name: 'userId', type: 'S' },
      ttlAttribute: 'expiresAt',
    },
    promoCodes: {
      description: 'Promo codes, keyed by their upper-case code, with redemption counters',
      partitionKey: { name: 'code', type: 'S' },
      indexes: [
        {
          // Every code has listKey "ALL": `promoCodes` pages through them sorted by code.
          name: 'byCode',
          partitionKey: { name: 'listKey', type: 'S' },
          sortKey: { name: 'code', type: 'S' },
        },
      ],
    },
    promoRedemptions: {
      description: 'One item per redemption of a promo code by an order; byUser counts per-customer use',
      partitionKey: { name: 'code', type: 'S' },
      sortKey: { name: 'orderId', type: 'S' },
      indexes: [
        {
          name: 'byUser',
          partitionKey: { name: 'userId', type: 'S' },
          sortKey: { name: 'redeemedAt', type: 'S' },
        },
      ],
    },
    salesReports: {
      description: 'Daily sales reports, keyed by the AWSDate they cover',
      partitionKey: { name: 'date', type: 'S' },
    },
  },
  functions: {
    reports: {
      description: "Sales reports: a day's orders aggregated in Aurora, stored, sent; stored reports read",
      entry: 'functions/reports/handler.ts',
      memoryMb: 512,
      // Within AppSync's 30 s request limit: runDailySalesReport runs it synchronously.
      timeoutSeconds: 20,
      environment: { SHOP_CURRENCY, SHOP_TIME_ZONE },
      access: { database: true, tables: { salesReports: 'readWrite' }, publishTo: ['salesReports'] },
    },
    postConfirmation: {
      description: 'Cognito post-confirmation trigger: writes the new user profile',
      entry: 'functions/postConfirmation/handler.ts',
      memoryMb: 256,
      timeoutSeconds: 5,
      access: { tables: { users: 'write' } },
      triggers: [{ kind: 'cognito', trigger: 'postConfirmation' }],
    },
    migrate: {
      description: 'Applies the SQL migrations to Aurora through the Data API, in order, once each',
      entry: 'functions/migrate/handler.ts',
      memoryMb: 256,
      // Aurora Serverless v2 may resume from zero capacity first.
      timeoutSeconds: 600,
      access: { database: true },
      triggers: [{ kind: 'deploy', assets: ['migrations'] }],
    },
    catalog: {
      description: 'The catalog: product reads for everyone, product and stock management for admins',
      entry: 'functions/catalog/handler.ts',
      memoryMb: 512,
      // Within AppSync's 30 s request limit, with room for a Data API call that waits on a lock.
      timeoutSeconds: 20,
      environment: { SHOP_CURRENCY },
      access: { database: true },
    },
    orders: {
      description: 'Orders: place, read, list, cancel and move them (the orders resolvers)',
      entry: 'functions/orders/handler.ts',
      memoryMb: 512,
      timeoutSeconds: 20,
      environment: { SHOP_CURRENCY },
      access: ORDER_MOVES_ACCESS,
    },
    orderWorker: {
      description: 'Processes placed orders from the queue: redeems the promo code, takes the stock, tells',
      entry: 'functions/orders/workerHandler.ts',
      memoryMb: 512,
      // The queue's visibility timeout is six times this, as AWS advises for SQS event sources.
      timeoutSeconds: 30,
      environment: { SHOP_CURRENCY },
      access: ORDER_MOVES_ACCESS,
      triggers: [
        {
          kind: 'sqs',
          queue: 'orders',
          batchSize: 10,
          maxBatchingWindowSeconds: 1,
          reportBatchItemFailures: true,
        },
      ],
    },
    orderSweep: {
      description: 'Sends orders left PENDING or untold (a lost message, a crash) to the worker again',
      entry: 'functions/orders/sweepHandler.ts',
      memoryMb: 256,
      timeoutSeconds: 60,
      access: { database: true, sendTo: ['orders'] },
    },
  },
  queues: {
    orders: {
      description: 'Placed orders waiting to be processed (stock, promo redemption, emails)',
      visibilityTimeoutSeconds: 180,
      retentionDays: 4,
      maxReceiveCount: 5,
      deadLetterRetentionDays: 14,
    },
  },
  topics: {
    salesReports: {
      description: 'The daily sales report, sent to the admins',
      emailSubscriptionContext: 'adminEmail',
    },
    alerts: {
      description: 'Operational alarms (orders in the dead-letter queue)',
      emailSubscriptionContext: 'adminEmail',
    },
  },
  schedules: {
    dailySalesReport: {
      // 00:15 leaves the worker time to settle the orders placed just before midnight, and the sweep
      // (stranded after 5 minutes, every 5 minutes) time to resend any it lost. Europe/Berlin changes its
      // clocks at 02:00 and 03:00, so 00:15 exists every day; in a zone whose clocks jump at midnight,
      // take a time that always exists (EventBridge Scheduler skips a time inside a DST gap).
      description: 'Nightly at 00:15 in the shop time zone: the sales report of the day that just ended',
      expression: 'cron(15 0 * * ? *)',
      timeZone: SHOP_TIME_ZONE,
      target: 'reports',
      input: DAILY_REPORT_EVENT,
    },
    orderSweep: {
      description: 'Every five minutes: orders stranded by a lost message or a crash go to the worker again',
      expression: 'rate(5 minutes)',
      timeZone: 'UTC',
      target: 'orderSweep',
    },
  },
  dataSources: {
    users: { kind: 'dynamodb', table: 'users', access: 'readWrite' },
    carts: { kind: 'dynamodb', table: 'carts', access: 'readWrite' },
    promoCodes: { kind: 'dynamodb', table: 'promoCodes', access: 'readWrite' },
    promoRedemptions: { kind: 'dynamodb', table: 'promoRedemptions', access: 'read' },
    catalog: { kind: 'lambda', function: 'catalog' },
    orders: { kind: 'lambda', function: 'orders' },
    reports: { kind: 'lambda', function: 'reports' },
    none: { kind: 'none' },
  },
  resolvers: [
    catalogResolver('Query', 'product'),
    catalogResolver('Query', 'products'),
    catalogResolver('Query', 'categories'),
    catalogResolver('Query', 'lowStockProducts'),
    catalogResolver('Mutation', 'createProduct'),
    catalogResolver('Mutation', 'updateProduct'),
    catalogResolver('Mutation', 'deleteProduct'),
    catalogResolver('Mutation', 'adjustStock'),
    pipeline('Query', 'cart', [
      ['getCart', 'carts'],
      ['priceCart', 'catalog'],
    ]),
    pipeline('Mutation', 'setCartItem', [
      ['checkProduct', 'catalog'],
      ['createCart', 'carts'],
      ['setLine', 'carts'],
      ['priceCart', 'catalog'],
    ]),
    pipeline('Mutation', 'mergeCart', [
      ['getCart', 'carts'],
      ['priceCart', 'catalog'],
      ['writeCart', 'carts'],
    ]),
    unit('Mutation', 'clearCart', 'carts'),
    unit('Mutation', 'createPromoCode', 'promoCodes'),
    pipeline('Mutation', 'updatePromoCode', [
      ['getPromoCode', 'promoCodes'],
      ['savePromoCode', 'promoCodes'],
    ]),
    unit('Query', 'promoCodes', 'promoCodes'),
    pipeline('Query', 'quotePromoCode', [
      ['getPromoCode', 'promoCodes'],
      ['countCustomerRedemptions', 'promoRedemptions'],
    ]),
    pipeline('Mutation', 'placeOrder', [
      ['getCart', 'carts'],
      ['placeOrder', 'orders'],
      ['clearUsedCart', 'carts'],
    ]),
    unit('Mutation', 'cancelOrder', 'orders'),
    unit('Mutation', 'updateOrderStatus', 'orders'),
    unit('Query', 'order', 'orders'),
    unit('Query', 'myOrders', 'orders'),
    unit('Query', 'orders', 'orders'),
    unit('Mutation', 'runDailySalesReport', 'reports'),
    unit('Query', 'salesReport', 'reports'),
    unit('Query', 'salesReports', 'reports'),
    { kind: 'unit', typeName: 'Query', fieldName: 'me', dataSource: 'users', file: 'resolvers/Query.me.ts' },
    {
      kind: 'unit',
      typeName: 'Mutation',
      fieldName: 'updateProfile',
      dataSource: 'users',
      file: 'resolvers/Mutation.updateProfile.ts',
    },
    {
      kind: 'unit',
      typeName: 'Mutation',
      fieldName: 'publishOrderStatus',
      dataSource: 'none',
      file: 'resolvers/Mutation.publishOrderStatus.ts',
    },
    {
      kind: 'unit',
      typeName: 'Subscription',
      fieldName: 'onOrderStatusChanged',
      dataSource: 'none',
      file: 'resolvers/Subscription.onOrderStatusChanged.ts',
    },
  ],
};

/** A unit resolver of the catalog function, `resolvers/<Type>.<field>.ts`. */
function catalogResolver(typeName: 'Query' | 'Mutation', fieldName: string): ResolverSpec {
  return unit(typeName, fieldName, 'catalog');
}

/** A unit resolver, `resolvers/<Type>.<field>.ts`. */
function unit(typeName: string, fieldName: string, dataSource: string): ResolverSpec {
  return { kind: 'unit', typeName, fieldName, dataSource, file: `resolvers/${typeName}.${fieldName}.ts` };
}

/**
 * A pipeline resolver, `resolvers/<Type>.<field>/index.ts`, whose steps are `[name, data source]` in
 * order, each in `resolvers/<Type>.<field>/<n>.<name>.ts`.
 */
function pipeline(
  typeName: string,
  fieldName: string,
  steps: readonly (readonly [name: string, dataSource: string])[],
): ResolverSpec {
  const folder = `resolvers/${typeName}.${fieldName}`;
  const functions = steps.map(([name, dataSource], index): PipelineFunctionSpec => ({
    name,
    dataSource,
    file: `${folder}/${index + 1}.${name}.ts`,
  }));
  return { kind: 'pipeline', typeName, fieldName, file: `${folder}/index.ts`, functions };
}
