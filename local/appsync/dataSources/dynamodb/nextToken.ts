import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { mappingTemplateError } from './AppSyncDataSourceError.js';

// AppSync's pagination token is opaque (encrypted); ours is base64 of the LastEvaluatedKey's JSON, whose
// members are key attributes and so only S, N or B.

/** The `nextToken` for DynamoDB's `LastEvaluatedKey`; null when there is no further page. */
export function encodeNextToken(
  lastKey: Readonly<Record<string, AttributeValue>> | undefined,
): string | null {
  if (lastKey === undefined || Object.keys(lastKey).length === 0) return null;
  const json: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(lastKey)) {
    json[name] = value.B !== undefined ? { B: Buffer.from(value.B).toString('base64') } : value;
  }
  return Buffer.from(JSON.stringify(json)).toString('base64');
}

/** The `ExclusiveStartKey` a `nextToken` stands for; a MappingTemplate error for a token not ours. */
export function decodeNextToken(token: string): Record<string, AttributeValue> {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
  } catch {
    throw mappingTemplateError('nextToken: not a pagination token this data source issued');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw mappingTemplateError('nextToken: not a pagination token this data source issued');
  }
  const key: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(json as Record<string, Record<string, string>>)) {
    if (typeof value?.S === 'string') key[name] = { S: value.S };
    else if (typeof value?.N === 'string') key[name] = { N: value.N };
    else if (typeof value?.B === 'string') key[name] = { B: Buffer.from(value.B, 'base64') };
    else throw mappingTemplateError('nextToken: not a pagination token this data source issued');
  }
  return key;
}
