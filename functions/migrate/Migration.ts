/**
 * One SQL migration file, read and split, ready to be planned and applied.
 *
 * `version` orders migrations and is the key recorded in `schema_migrations`; `name` is the file name
 * (for messages and the record); `checksum` is the sha256 hex of the file text, so a file edited after it
 * was applied is detected on the next run.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly checksum: string;
  readonly statements: readonly string[];
}
