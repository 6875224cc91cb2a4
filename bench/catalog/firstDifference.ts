/**
 * Where two JSON values first differ, as a path (`$.data.products.items[3].price`) and what differs
 * there; undefined when they are alike. With `compare: 'shape'` only the structure counts: the same
 * kinds (object, array, string, number, boolean, null), the same keys in the same order, the same
 * array lengths. With `'value'` the leaves must be equal too.
 *
 * @example
 * firstDifference({ a: [1, 'x'] }, { a: [2, 'y'] }, 'shape') // => undefined
 * firstDifference({ a: [1, 'x'] }, { a: [1, null] }, 'shape') // => '$.a[1]: string against null'
 * firstDifference({ a: 1 }, { a: 2 }, 'value') // => '$.a: 1 against 2'
 */
export function firstDifference(
  left: unknown,
  right: unknown,
  compare: 'shape' | 'value',
  path = '$',
): string | undefined {
  const leftKind = kindOf(left);
  const rightKind = kindOf(right);
  if (leftKind !== rightKind) return `${path}: ${leftKind} against ${rightKind}`;
  if (Array.isArray(left) && Array.isArray(right)) {
    if (left.length !== right.length) return `${path}: ${left.length} items against ${right.length}`;
    for (let index = 0; index < left.length; index++) {
      const found = firstDifference(left[index], right[index], compare, `${path}[${index}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (leftKind === 'object') {
    const leftObject = left as Readonly<Record<string, unknown>>;
    const rightObject = right as Readonly<Record<string, unknown>>;
    const leftKeys = Object.keys(leftObject).join(', ');
    const rightKeys = Object.keys(rightObject).join(', ');
    if (leftKeys !== rightKeys) return `${path}: keys ${leftKeys} against ${rightKeys}`;
    for (const key of Object.keys(leftObject)) {
      const found = firstDifference(leftObject[key], rightObject[key], compare, `${path}.${key}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (compare === 'value' && left !== right)
    return `${path}: ${JSON.stringify(left)} against ${JSON.stringify(right)}`;
  return undefined;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
