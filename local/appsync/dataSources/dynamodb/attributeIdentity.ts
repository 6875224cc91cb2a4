import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/**
 * A text that two SDK values share exactly when DynamoDB holds them equal: numbers compared as numbers
 * (`1.0` and `1`), sets as sets, maps whatever their member order.
 */
export function attributeIdentity(value: AttributeValue): string {
  if (value.S !== undefined) return `S${JSON.stringify(value.S)}`;
  if (value.N !== undefined) return `N${Number(value.N)}`;
  if (value.BOOL !== undefined) return `BOOL${value.BOOL}`;
  if (value.NULL !== undefined) return 'NULL';
  if (value.B !== undefined) return `B${Buffer.from(value.B).toString('base64')}`;
  if (value.SS !== undefined)
    return `SS[${value.SS.map((s) => JSON.stringify(s))
      .sort()
      .join(',')}]`;
  if (value.NS !== undefined)
    return `NS[${value.NS.map(Number)
      .sort((a, b) => a - b)
      .join(',')}]`;
  if (value.BS !== undefined)
    return `BS[${value.BS.map((b) => Buffer.from(b).toString('base64'))
      .sort()
      .join(',')}]`;
  if (value.L !== undefined) return `L[${value.L.map(attributeIdentity).join(',')}]`;
  if (value.M !== undefined) return `M${itemIdentity(value.M)}`;
  throw new Error(`Unexpected DynamoDB value ${JSON.stringify(value)}`);
}

/** {@link attributeIdentity} of an item, over `names` only when given (a key's attributes). */
export function itemIdentity(
  item: Readonly<Record<string, AttributeValue>>,
  names: readonly string[] = Object.keys(item),
): string {
  const members = [...names].sort().map((name) => {
    const value = item[name];
    return `${JSON.stringify(name)}:${value === undefined ? '-' : attributeIdentity(value)}`;
  });
  return `{${members.join(',')}}`;
}
