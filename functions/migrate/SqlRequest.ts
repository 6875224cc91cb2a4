import type { SqlParameter } from '@aws-sdk/client-rds-data';

/** A built statement: SQL text with named `:placeholders` and their typed Data API values. */
export interface SqlRequest {
  readonly sql: string;
  readonly parameters: readonly SqlParameter[];
}
