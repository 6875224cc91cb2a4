import type { AttributeValue } from '../dynamodb/AttributeValue.js';
import { toDynamoDB } from '../dynamodb/toDynamoDB.js';

/** What `util.transform.toDynamoDBFilterExpression` and `toDynamoDBConditionExpression` answer, parsed. */
export interface DynamoDBExpression {
  readonly expression: string;
  readonly expressionNames: Readonly<Record<string, string>>;
  readonly expressionValues: Readonly<Record<string, AttributeValue>>;
}

interface Accumulator {
  readonly names: Record<string, string>;
  readonly values: Record<string, AttributeValue>;
}

const COMPARISONS: Readonly<Record<string, string>> = {
  eq: '=',
  ne: '<>',
  lt: '<',
  le: '<=',
  gt: '>',
  ge: '>=',
};
const FUNCTIONS: Readonly<Record<string, string>> = {
  contains: 'contains',
  notContains: 'NOT contains',
  beginsWith: 'begins_with',
};
const ATTRIBUTE_TYPES: Readonly<Record<string, string>> = {
  _null: 'NULL',
  string: 'S',
  stringSet: 'SS',
  number: 'N',
  numberSet: 'NS',
  binary: 'B',
  binarySet: 'BS',
  boolean: 'BOOL',
  list: 'L',
  map: 'M',
};

/**
 * A filter object (`{ title: { contains: 'x' }, and: [...], or: [...], not: {...} }`) rendered as AWS
 * renders it, or null where AWS answers null rather than an error. Every detail below is held to the
 * outputs AWS recorded through EvaluateCode (localstack/appsync-utils
 * `__tests__/__snapshots__/transform.test.js.snap`):
 * - a field is `#name`, its operand `:<path>name_<op>` where the path records the nesting
 *   (`and_0_`, `or_1_`, `not_`, `_size`), field names used verbatim (dots included);
 * - each comparison is parenthesised; a field with several operators, or a group of several members,
 *   is parenthesised again and joined with AND (OR for `or`); fields at one level join with AND,
 *   unwrapped; an empty part still takes its joiner, so `{ a: {eq: 1}, b: {} }` ends in `AND `;
 * - `between` uses `_start`/`_end`, `in` uses `_in_0…`, an empty `in` renders `(null)`;
 * - a value that is not an object, an unknown operator, a group that is not a list, a `not` that is
 *   not an object, a bad `between`/`in`/`attributeExists`/`attributeType`/`size` operand → null.
 */
export function toDynamoDBExpression(filter: unknown): DynamoDBExpression | null {
  const acc: Accumulator = { names: {}, values: {} };
  const expression = renderObject(filter, '', acc);
  if (expression === null) return null;
  return { expression, expressionNames: acc.names, expressionValues: acc.values };
}

function renderObject(filter: unknown, path: string, acc: Accumulator): string | null {
  if (!isObject(filter)) return null;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(filter)) {
    let part: string | null;
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(value)) return null;
      const members: string[] = [];
      for (const [index, member] of value.entries()) {
        const rendered = renderObject(member, `${path}${key}_${index}_`, acc);
        if (rendered === null) return null;
        members.push(rendered);
      }
      part =
        members.length === 1
          ? members[0]!
          : members.length === 0
            ? ''
            : `(${members.join(` ${key.toUpperCase()} `)})`;
    } else if (key === 'not') {
      const inner = renderObject(value, `${path}not_`, acc);
      part = inner === null ? null : `(NOT ${inner})`;
    } else {
      if (!isObject(value)) return null;
      acc.names[`#${key}`] = key;
      part = renderField(`#${key}`, `${path}${key}`, value, false, acc);
    }
    if (part === null) return null;
    parts.push(part);
  }
  return parts.join(' AND ');
}

function renderField(
  operand: string,
  valuePath: string,
  operators: Readonly<Record<string, unknown>>,
  sized: boolean,
  acc: Accumulator,
): string | null {
  const parts: string[] = [];
  for (const [operator, value] of Object.entries(operators)) {
    const name = `:${valuePath}_${operator}`;
    let part: string | null = null;
    if (Object.hasOwn(COMPARISONS, operator)) {
      acc.values[name] = toDynamoDB(value);
      part = `(${operand} ${COMPARISONS[operator]!} ${name})`;
    } else if (Object.hasOwn(FUNCTIONS, operator)) {
      acc.values[name] = toDynamoDB(value);
      part = `(${FUNCTIONS[operator]!}(${operand},${name}))`;
    } else if (operator === 'between') {
      if (Array.isArray(value) && value.length >= 2) {
        acc.values[`${name}_start`] = toDynamoDB(value[0]);
        acc.values[`${name}_end`] = toDynamoDB(value[1]);
        part = `(${operand} BETWEEN ${name}_start AND ${name}_end)`;
      }
    } else if (operator === 'in') {
      if (Array.isArray(value)) {
        const names = value.map((item, index) => {
          acc.values[`${name}_${index}`] = toDynamoDB(item);
          return `${name}_${index}`;
        });
        // AWS renders an empty list as "(null)".
        part = names.length === 0 ? '(null)' : `(${operand} IN (${names.join(', ')}))`;
      }
    } else if (operator === 'attributeExists') {
      if (typeof value === 'boolean')
        part = `(${value ? 'attribute_exists' : 'attribute_not_exists'}(${operand}))`;
    } else if (operator === 'attributeType') {
      if (typeof value === 'string' && Object.hasOwn(ATTRIBUTE_TYPES, value)) {
        acc.values[name] = { S: ATTRIBUTE_TYPES[value]! };
        part = `(attribute_type(${operand},${name}))`;
      }
    } else if (operator === 'size') {
      // A size inside a size names its values again but does not nest the call (recorded).
      if (isObject(value))
        part = renderField(sized ? operand : `size(${operand})`, `${valuePath}_size`, value, true, acc);
    }
    if (part === null) return null;
    parts.push(part);
  }
  return parts.length === 1 ? parts[0]! : parts.length === 0 ? '' : `(${parts.join(' AND ')})`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
