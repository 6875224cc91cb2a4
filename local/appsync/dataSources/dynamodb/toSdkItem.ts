import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { mappingTemplateError } from './AppSyncDataSourceError.js';
import { arrayAt, objectAt } from './requestFields.js';

/**
 * The SDK's value for a typed value of a request object. AppSync writes numbers as JSON numbers
 * (`{ "N": 10 }`) and accepts them as strings too; the SDK wants strings. `B`/`BS` are base64 text in
 * JSON and bytes in the SDK; `NULL` is written `null` by AppSync's helpers and must be `true` for DynamoDB.
 */
export function toSdkAttributeValue(value: unknown, path: string): AttributeValue {
  const typed = objectAt(value, path);
  const entries = Object.entries(typed);
  const [type, inner] = entries[0] ?? [];
  if (entries.length !== 1 || type === undefined) {
    throw mappingTemplateError(`${path}: expected a typed value such as { "S": "text" }`);
  }
  const at = `${path}.${type}`;
  switch (type) {
    case 'S':
      if (typeof inner !== 'string') throw mappingTemplateError(`${at}: expected a string`);
      return { S: inner };
    case 'N':
      return { N: numberText(inner, at) };
    case 'BOOL':
      if (typeof inner !== 'boolean') throw mappingTemplateError(`${at}: expected a boolean`);
      return { BOOL: inner };
    case 'NULL':
      return { NULL: true };
    case 'B':
      return { B: bytes(inner, at) };
    case 'SS':
      return {
        SS: arrayAt(inner, at).map((s, i) => (typeof s === 'string' ? s : notA('string', `${at}[${i}]`))),
      };
    case 'NS':
      return { NS: arrayAt(inner, at).map((n, i) => numberText(n, `${at}[${i}]`)) };
    case 'BS':
      return { BS: arrayAt(inner, at).map((b, i) => bytes(b, `${at}[${i}]`)) };
    case 'L':
      return { L: arrayAt(inner, at).map((member, i) => toSdkAttributeValue(member, `${at}[${i}]`)) };
    case 'M':
      return { M: toSdkItem(inner, at) };
    default:
      throw mappingTemplateError(`${path}: unknown DynamoDB type ${type}`);
  }
}

/** The SDK's map for a map of typed values (a key, an item, `expressionValues`). */
export function toSdkItem(value: unknown, path: string): Record<string, AttributeValue> {
  const item: Record<string, AttributeValue> = {};
  for (const [name, member] of Object.entries(objectAt(value, path))) {
    item[name] = toSdkAttributeValue(member, `${path}.${name}`);
  }
  return item;
}

function numberText(value: unknown, path: string): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return value;
  return notA('number', path);
}

function bytes(value: unknown, path: string): Uint8Array {
  if (typeof value !== 'string') return notA('base64 string', path);
  return Buffer.from(value, 'base64');
}

function notA(kind: string, path: string): never {
  throw mappingTemplateError(`${path}: expected a ${kind}`);
}
