import type {
  AttributeDefinition,
  CreateTableCommandInput,
  KeySchemaElement,
} from '@aws-sdk/client-dynamodb';
import type { KeyAttribute, TableSpec } from '../../infra/description.js';

/**
 * The `CreateTable` request for a table of the stack description, named `name`: on-demand billing, its
 * key, and its global secondary indexes projecting ALL attributes (as `ShopStack` deploys them).
 *
 * @example
 * createTableInput('carts', { description: '...', partitionKey: { name: 'userId', type: 'S' } })
 * // { TableName: 'carts', BillingMode: 'PAY_PER_REQUEST', KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }],
 * //   AttributeDefinitions: [{ AttributeName: 'userId', AttributeType: 'S' }] }
 */
export function createTableInput(name: string, spec: TableSpec): CreateTableCommandInput {
  const attributes = new Map<string, AttributeDefinition>();
  const keySchema = (partitionKey: KeyAttribute, sortKey?: KeyAttribute): KeySchemaElement[] =>
    [partitionKey, sortKey].flatMap((attribute, i) => {
      if (!attribute) return [];
      attributes.set(attribute.name, { AttributeName: attribute.name, AttributeType: attribute.type });
      return [{ AttributeName: attribute.name, KeyType: i === 0 ? 'HASH' : 'RANGE' }];
    });
  const KeySchema = keySchema(spec.partitionKey, spec.sortKey);
  const indexes = (spec.indexes ?? []).map((index) => ({
    IndexName: index.name,
    KeySchema: keySchema(index.partitionKey, index.sortKey),
    Projection: { ProjectionType: 'ALL' as const },
  }));
  return {
    TableName: name,
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema,
    AttributeDefinitions: [...attributes.values()],
    ...(indexes.length > 0 && { GlobalSecondaryIndexes: indexes }),
  };
}
