import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { mappingTemplateError } from './AppSyncDataSourceError.js';
import { objectAt, stringAt } from './requestFields.js';
import { toSdkAttributeValue } from './toSdkItem.js';

/**
 * The `ExpressionAttributeNames` and `ExpressionAttributeValues` of one DynamoDB call, gathered from the
 * request's expressions (key condition, filter, update, condition, projection), which each carry their
 * own maps in AppSync's request objects but share one pair in DynamoDB's.
 */
export class ExpressionAttributes {
  readonly #names: Record<string, string> = {};
  readonly #values: Record<string, AttributeValue> = {};

  /**
   * The `expression` text of the request field at `path` (`{ expression, expressionNames?,
   * expressionValues? }`), its maps merged into this call's; undefined when the field is absent or null.
   * A placeholder bound to two different names or values is a MappingTemplate error.
   */
  add(field: unknown, path: string): string | undefined {
    if (field === undefined || field === null) return undefined;
    const parts = objectAt(field, path);
    const expression = stringAt(parts.expression, `${path}.expression`);
    if (parts.expressionNames !== undefined && parts.expressionNames !== null) {
      for (const [placeholder, name] of Object.entries(
        objectAt(parts.expressionNames, `${path}.expressionNames`),
      )) {
        this.#bind(this.#names, placeholder, stringAt(name, `${path}.expressionNames.${placeholder}`), path);
      }
    }
    if (parts.expressionValues !== undefined && parts.expressionValues !== null) {
      for (const [placeholder, value] of Object.entries(
        objectAt(parts.expressionValues, `${path}.expressionValues`),
      )) {
        this.#bind(
          this.#values,
          placeholder,
          toSdkAttributeValue(value, `${path}.expressionValues.${placeholder}`),
          path,
        );
      }
    }
    return expression;
  }

  /** The maps for the SDK input, each left out when empty (DynamoDB refuses an empty map). */
  input(): {
    ExpressionAttributeNames?: Record<string, string>;
    ExpressionAttributeValues?: Record<string, AttributeValue>;
  } {
    return {
      ...(Object.keys(this.#names).length > 0 && { ExpressionAttributeNames: this.#names }),
      ...(Object.keys(this.#values).length > 0 && { ExpressionAttributeValues: this.#values }),
    };
  }

  #bind<V>(map: Record<string, V>, placeholder: string, value: V, path: string): void {
    const bound = map[placeholder];
    if (bound !== undefined && JSON.stringify(bound) !== JSON.stringify(value)) {
      throw mappingTemplateError(`${path}: ${placeholder} is bound to two different values in one request`);
    }
    map[placeholder] = value;
  }
}
