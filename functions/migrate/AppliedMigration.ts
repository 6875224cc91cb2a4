/** A row of `schema_migrations`: a migration the database says it has applied. */
export interface AppliedMigration {
  readonly version: number;
  readonly checksum: string;
}
