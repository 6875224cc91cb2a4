/**
 * The vocabulary of the stack description: what a table, function, queue, topic, schedule, data source
 * and resolver are, independently of CDK. `shop.ts` fills it in; the CDK app (`ShopStack`) and the local
 * twin are both built from that one value, so nothing is wired twice.
 *
 * Names used as keys (`tables.users`, `functions.postConfirmation`, ...) are the logical names every
 * reference uses; they also derive the environment variable names a function receives (see
 * `functionEnvironment` in `environment.ts`).
 */

/** DynamoDB attribute types usable in keys. */
export type KeyType = 'S' | 'N' | 'B';

export interface KeyAttribute {
  readonly name: string;
  readonly type: KeyType;
}

export interface IndexSpec {
  readonly name: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute;
}

export interface TableSpec {
  /** What the table holds, for the reader and for CDK's resource description. */
  readonly description: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute;
  /** Global secondary indexes (projection ALL). */
  readonly indexes?: readonly IndexSpec[];
  /** Attribute holding an epoch-seconds expiry; DynamoDB deletes expired items. */
  readonly ttlAttribute?: string;
}

export type TableAccess = 'read' | 'write' | 'readWrite';

/**
 * What a function may touch. Grants are derived from this and nothing else (least privilege), and so
 * are the environment variables that name each resource (see `functionEnvironment`).
 */
export interface FunctionAccess {
  readonly tables?: Readonly<Record<string, TableAccess>>;
  /** Queues the function sends to. */
  readonly sendTo?: readonly string[];
  /** Topics the function publishes to. */
  readonly publishTo?: readonly string[];
  /** Runs SQL on the Aurora cluster through the Data API (cluster ARN, secret ARN, database name). */
  readonly database?: boolean;
  /** Sends email through SES from the shop's sender identity. */
  readonly sendEmail?: boolean;
  /**
   * Emails the admins (with `sendEmail`): receives their address as `ADMIN_EMAIL`, the `adminEmail`
   * context parameter on AWS (the address the admin topics' email subscriptions use).
   */
  readonly emailAdmins?: boolean;
  /** Calls these GraphQL fields with IAM auth (e.g. `Mutation.publishOrderStatus`). */
  readonly graphqlFields?: readonly string[];
}

/** What invokes a function besides AppSync data sources. */
export type TriggerSpec =
  | {
      readonly kind: 'sqs';
      readonly queue: string;
      readonly batchSize: number;
      readonly maxBatchingWindowSeconds?: number;
      /** The function reports per-message failures (`batchItemFailures`); the others are deleted. */
      readonly reportBatchItemFailures: boolean;
    }
  | { readonly kind: 'cognito'; readonly trigger: 'postConfirmation' }
  /** Runs once per deployment (a CloudFormation custom resource) and once at the local twin's start. */
  | { readonly kind: 'deploy'; readonly assets: readonly string[] };

export interface FunctionSpec {
  readonly description: string;
  /** Path of the handler module from the repository root; it exports `handler`. */
  readonly entry: string;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  /** Literal configuration; resource names come from `access` instead. */
  readonly environment?: Readonly<Record<string, string>>;
  readonly access?: FunctionAccess;
  readonly triggers?: readonly TriggerSpec[];
}

export interface QueueSpec {
  readonly description: string;
  /** At least six times the consumer's timeout, as AWS advises for Lambda event sources. */
  readonly visibilityTimeoutSeconds: number;
  readonly retentionDays: number;
  /** Receives before a message moves to the dead-letter queue. */
  readonly maxReceiveCount: number;
  readonly deadLetterRetentionDays: number;
}

export interface TopicSpec {
  readonly description: string;
  /**
   * The CDK context parameter whose value (an email address) is subscribed to the topic. Locally the
   * subscription delivers to the twin's mailbox.
   */
  readonly emailSubscriptionContext?: string;
}

export interface ScheduleSpec {
  readonly description: string;
  /** `cron(...)`, `rate(...)` or `at(...)`, as EventBridge Scheduler takes it. */
  readonly expression: string;
  /** IANA time zone the expression is evaluated in. */
  readonly timeZone: string;
  readonly target: string;
  /** JSON input given to the target function. */
  readonly input?: Readonly<Record<string, unknown>>;
}

export type DataSourceSpec =
  | { readonly kind: 'dynamodb'; readonly table: string; readonly access: TableAccess }
  | { readonly kind: 'lambda'; readonly function: string }
  | { readonly kind: 'none' };

/**
 * One AppSync resolver. Files are TypeScript under `resolvers/`, named after their wiring:
 * `resolvers/<Type>.<field>.ts` for a unit resolver; a pipeline lives in `resolvers/<Type>.<field>/` with
 * `index.ts` (before/after handlers) and numbered function steps.
 */
export type ResolverSpec =
  | {
      readonly kind: 'unit';
      readonly typeName: string;
      readonly fieldName: string;
      readonly dataSource: string;
      readonly file: string;
      /** Lambda data sources: batch this field across a response up to this many sources. */
      readonly maxBatchSize?: number;
    }
  | {
      readonly kind: 'pipeline';
      readonly typeName: string;
      readonly fieldName: string;
      readonly file: string;
      readonly functions: readonly PipelineFunctionSpec[];
    };

export interface PipelineFunctionSpec {
  readonly name: string;
  readonly dataSource: string;
  readonly file: string;
}

/** AppSync's authorization types the stack configures, spelled as AppSync's `authenticationType`. */
export type ApiAuthMode = 'AMAZON_COGNITO_USER_POOLS' | 'API_KEY' | 'AWS_IAM';

/** The API's authorization types; the schema's directives say which field takes which. */
export interface ApiAuthSpec {
  /**
   * The mode of fields and types without an auth directive. With Cognito user pools it opens them to
   * every signed-in user (`defaultAction: ALLOW`, which CloudFormation requires beside additional modes).
   */
  readonly defaultMode: ApiAuthMode;
  readonly additionalModes: readonly ApiAuthMode[];
}

export interface ApiSpec {
  readonly name: string;
  readonly schemaFile: string;
  readonly auth: ApiAuthSpec;
  /** AppSync rejects queries nested deeper than this (0 to 75). */
  readonly queryDepthLimit: number;
  /** AppSync rejects requests that would run more resolvers than this (0 to 10,000). */
  readonly resolverCountLimit: number;
  /** Days until the public API key expires (AppSync allows at most 365). */
  readonly apiKeyExpiresInDays: number;
  /** Requests per five minutes per client IP before WAF blocks it. */
  readonly rateLimitPer5Minutes: number;
  /**
   * The API's environment variables, `ctx.env` in every resolver: settings resolvers need, as strings
   * (AppSync allows 50, names of 2 to 64 word characters starting with a letter, values up to 512).
   */
  readonly environment: Readonly<Record<string, string>>;
}

export interface UserPoolSpec {
  readonly adminGroup: string;
  readonly passwordMinLength: number;
}

export interface DatabaseSpec {
  readonly name: string;
  readonly migrationsDir: string;
  readonly minCapacityAcu: number;
  readonly maxCapacityAcu: number;
}

/**
 * The shop's own settings. Functions that need one receive it as a literal environment variable
 * (`SHOP_CURRENCY`, `SHOP_TIME_ZONE`), resolvers through the API's environment, and the app through
 * `config.json` (`currency`, `timeZone`), so it shows money and dates the shop's way.
 */
export interface ShopSettings {
  /** ISO 4217 code of the one currency: prices, carts, orders and reports are integer minor units of it. */
  readonly currency: string;
  /**
   * IANA time zone whose calendar days the sales reports count (`Europe/Berlin`): an order belongs to the
   * day its placing falls on there, "yesterday" is meant there, and the report's schedule runs in it.
   */
  readonly timeZone: string;
}

export interface StackDescription {
  readonly settings: ShopSettings;
  readonly api: ApiSpec;
  readonly userPool: UserPoolSpec;
  readonly database: DatabaseSpec;
  readonly tables: Readonly<Record<string, TableSpec>>;
  readonly functions: Readonly<Record<string, FunctionSpec>>;
  readonly queues: Readonly<Record<string, QueueSpec>>;
  readonly topics: Readonly<Record<string, TopicSpec>>;
  readonly schedules: Readonly<Record<string, ScheduleSpec>>;
  readonly dataSources: Readonly<Record<string, DataSourceSpec>>;
  readonly resolvers: readonly ResolverSpec[];
}
