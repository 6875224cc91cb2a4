/**
 * The DynamoDB JSON 1.0 wire shapes the twin reads and writes itself. Attribute values stay in their wire
 * form (`{"S":"x"}`, `{"N":"1"}`, `{"B":"<base64>"}`) end to end: the twin never unmarshalls them, it hands
 * them to dynalite as they came.
 */

/** One attribute value as on the wire: a single type key (`S`, `N`, `B`, `BOOL`, `NULL`, `M`, `L`, `SS`...). */
export type WireValue = Readonly<Record<string, unknown>>;

/** An item or a key: attribute name → wire value. */
export type WireItem = Readonly<Record<string, WireValue>>;

/** The parts of `DescribeTable`'s `Table` the twin relies on. */
export interface WireTable {
  readonly TableName: string;
  readonly TableStatus: string;
  /** Epoch seconds; tells a table from an earlier table of the same name. */
  readonly CreationDateTime: number;
  readonly KeySchema: readonly { readonly AttributeName: string; readonly KeyType: 'HASH' | 'RANGE' }[];
  readonly AttributeDefinitions: readonly {
    readonly AttributeName: string;
    readonly AttributeType: string;
  }[];
  readonly GlobalSecondaryIndexes?: readonly { readonly IndexName: string; readonly IndexStatus?: string }[];
}

/** A request body of one DynamoDB operation, as parsed JSON. */
export type WireRequest = Readonly<Record<string, unknown>>;
