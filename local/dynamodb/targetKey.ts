import { AwsError } from '../AwsError.js';
import type { WireItem, WireTable } from './wire.js';

/** The item an action targets, or why its key does not fit the table (a `ValidationError` reason). */
export type Target =
  | { readonly key: WireItem; readonly identity: string; readonly invalid?: undefined }
  | { readonly invalid: string; readonly key?: undefined };

/**
 * Finds the primary key of the item a transaction action targets, from a Put's `Item` (`source: 'item'`)
 * or from the `Key` of the other actions, and checks it against the table's key schema as AWS does
 * inside a transaction: an empty string or binary key value refuses the whole request (thrown
 * ValidationException); a missing or mistyped key attribute only fails that action, which cancels the
 * transaction with a `ValidationError` reason. `identity` is equal for two targets of the same item.
 */
export function targetKey(source: 'item' | 'key', value: WireItem, table: WireTable): Target {
  const schema = table.KeySchema.map(({ AttributeName }) => ({
    name: AttributeName,
    type: table.AttributeDefinitions.find((definition) => definition.AttributeName === AttributeName)
      ?.AttributeType as string,
  }));
  if (source === 'key' && Object.keys(value).length !== schema.length) {
    return { invalid: 'The provided key element does not match the schema' };
  }
  const key: Record<string, WireItem[string]> = {};
  for (const { name, type } of schema) {
    const attribute = value[name];
    const actual = attribute && Object.keys(attribute)[0];
    if (attribute === undefined || attribute[type] === undefined) {
      return {
        invalid:
          source === 'key'
            ? 'The provided key element does not match the schema'
            : attribute === undefined
              ? `One or more parameter values were invalid: Missing the key ${name} in the item`
              : `One or more parameter values were invalid: Type mismatch for key ${name} expected: ${type} actual: ${actual}`,
      };
    }
    if (attribute[type] === '' && (type === 'S' || type === 'B')) {
      throw new AwsError(
        'ValidationException',
        `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty ${type === 'S' ? 'string' : 'binary'} value. Key: ${name}`,
      );
    }
    key[name] = attribute;
  }
  return {
    key,
    identity: JSON.stringify([table.TableName, ...schema.map(({ name, type }) => key[name]?.[type])]),
  };
}
