import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mappingTemplateError } from './AppSyncDataSourceError.js';

// AppSync's pagination token is opaque and encrypted: one that was edited, made up, or issued for
// another table or index does not work. Ours is base64 of JSON holding the LastEvaluatedKey (whose
// members are key attributes, so only S, N or B) and an HMAC over it and the table and index it was
// issued for, under a key of this process (tokens do not outlive the twin, as a page walk rarely must).
const SIGNING_KEY = randomBytes(32);

interface TokenBody {
  readonly key: Record<string, { S: string } | { N: string } | { B: string }>;
  readonly mac: string;
}

/** What a token is valid for: the data source's table and the index queried or scanned, if any. */
export interface TokenScope {
  readonly tableName: string;
  readonly index?: string | undefined;
}

function mac(key: TokenBody['key'], scope: TokenScope): string {
  return createHmac('sha256', SIGNING_KEY)
    .update(JSON.stringify([scope.tableName, scope.index ?? null, key]))
    .digest('base64');
}

/** The `nextToken` for DynamoDB's `LastEvaluatedKey`; null when there is no further page. */
export function encodeNextToken(
  lastKey: Readonly<Record<string, AttributeValue>> | undefined,
  scope: TokenScope,
): string | null {
  if (lastKey === undefined || Object.keys(lastKey).length === 0) return null;
  const key: TokenBody['key'] = {};
  for (const [name, value] of Object.entries(lastKey)) {
    if (value.B !== undefined) key[name] = { B: Buffer.from(value.B).toString('base64') };
    else if (value.N !== undefined) key[name] = { N: value.N };
    else key[name] = { S: value.S ?? '' };
  }
  const body: TokenBody = { key, mac: mac(key, scope) };
  return Buffer.from(JSON.stringify(body)).toString('base64');
}

/**
 * The `ExclusiveStartKey` a `nextToken` stands for; a MappingTemplate error for a token this data source
 * did not issue for `scope`.
 */
export function decodeNextToken(token: string, scope: TokenScope): Record<string, AttributeValue> {
  const refuse = () => mappingTemplateError('nextToken: not a pagination token this data source issued');
  let body: Partial<TokenBody>;
  try {
    body = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as Partial<TokenBody>;
  } catch {
    throw refuse();
  }
  if (typeof body !== 'object' || body === null || typeof body.key !== 'object' || body.key === null) {
    throw refuse();
  }
  const expected = Buffer.from(mac(body.key, scope));
  const given = Buffer.from(typeof body.mac === 'string' ? body.mac : '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw refuse();
  const key: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(body.key as Record<string, Record<string, unknown>>)) {
    if (typeof value?.S === 'string') key[name] = { S: value.S };
    else if (typeof value?.N === 'string') key[name] = { N: value.N };
    else if (typeof value?.B === 'string') key[name] = { B: Buffer.from(value.B, 'base64') };
    else throw refuse();
  }
  return key;
}
