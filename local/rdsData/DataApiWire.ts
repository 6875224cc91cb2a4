/**
 * The RDS Data API's JSON shapes as they travel (restJson1): what the AWS SDK serializes and parses. They
 * differ from the SDK's TypeScript types in one place: `blobValue` is a base64 string here.
 */

/** A value: exactly one member is set. */
export interface WireField {
  readonly isNull?: boolean;
  readonly booleanValue?: boolean;
  readonly longValue?: number;
  readonly doubleValue?: number;
  readonly stringValue?: string;
  /** Base64. */
  readonly blobValue?: string;
  readonly arrayValue?: unknown;
}

/** A `:name` parameter of a statement. */
export interface WireSqlParameter {
  readonly name?: string;
  readonly value?: WireField;
  readonly typeHint?: string;
}

export interface WireColumnMetadata {
  readonly name: string;
  readonly type: number;
  readonly typeName: string;
  readonly label: string;
  readonly schemaName: string;
  readonly tableName: string;
  readonly isAutoIncrement: boolean;
  readonly isSigned: boolean;
  readonly isCurrency: boolean;
  readonly isCaseSensitive: boolean;
  readonly nullable: number;
  readonly precision: number;
  readonly scale: number;
  readonly arrayBaseColumnType: number;
}

export interface WireResultSetOptions {
  /** `STRING` (default) or `DOUBLE_OR_LONG`. */
  readonly decimalReturnType?: string;
  /** `LONG` (default) or `STRING`. */
  readonly longReturnType?: string;
}

export interface ExecuteStatementResponse {
  readonly records?: readonly (readonly WireField[])[];
  readonly columnMetadata?: readonly WireColumnMetadata[];
  readonly numberOfRecordsUpdated: number;
  readonly generatedFields?: readonly WireField[];
  readonly formattedRecords?: string;
}

export interface BatchExecuteStatementResponse {
  readonly updateResults: readonly { readonly generatedFields: readonly WireField[] }[];
}

export interface BeginTransactionResponse {
  readonly transactionId: string;
}

export interface TransactionStatusResponse {
  readonly transactionStatus: string;
}
