import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/**
 * The plain JSON value AppSync puts in `ctx.result` for an SDK value: numbers as JSON numbers, sets as
 * lists, binary as base64 text, NULL as null.
 */
export function fromSdkAttributeValue(value: AttributeValue): unknown {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return Number(value.N);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.NULL !== undefined) return null;
  if (value.L !== undefined) return value.L.map(fromSdkAttributeValue);
  if (value.M !== undefined) return fromSdkItem(value.M);
  if (value.SS !== undefined) return [...value.SS];
  if (value.NS !== undefined) return value.NS.map(Number);
  if (value.B !== undefined) return Buffer.from(value.B).toString('base64');
  if (value.BS !== undefined) return value.BS.map((b) => Buffer.from(b).toString('base64'));
  throw new Error(`Unexpected DynamoDB value ${JSON.stringify(value)}`);
}

/** The plain JSON object for an SDK item or key. */
export function fromSdkItem(item: Readonly<Record<string, AttributeValue>>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) plain[name] = fromSdkAttributeValue(value);
  return plain;
}

/** {@link fromSdkItem}, or null for no item (a GetItem that found nothing answers `ctx.result` null). */
export function fromSdkItemOrNull(
  item: Readonly<Record<string, AttributeValue>> | undefined,
): Record<string, unknown> | null {
  return item === undefined ? null : fromSdkItem(item);
}
