import type { AttributeValue } from '../dynamodb/AttributeValue.js';
import { toDynamoDB } from '../dynamodb/toDynamoDB.js';

/** A rendered filter: every part present, as `util.transform.toDynamoDBFilterExpression` gives it. */
export interface FilterExpression {
  readonly expression: string;
  readonly expressionNames: Readonly<Record<string, string>>;
  readonly expressionValues: Readonly<Record<string, AttributeValue>>;
}

const COMPARISONS: Readonly<Record<string, string>> = {
  eq: '=',
  ne: '<>',
  lt: '<',
  le: '<=',
  gt: '>',
  ge: '>=',
};

const FUNCTIONS: Readonly<Record<string, (operand: string, value: string) => string>> = {
  beginsWith: (operand, value) => `(begins_with(${operand},${value}))`,
  contains: (operand, value) => `(contains(${operand},${value}))`,
  notContains: (operand, value) => `(NOT contains(${operand},${value}))`,
};

const TYPE_CODES: Readonly<Record<string, string>> = {
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

interface Output {
  readonly names: Record<string, string>;
  readonly values: Record<string, AttributeValue>;
}

/**
 * Renders a filter object (`{ field: { operator: value }, and: [...], or: [...], not: {...} }`) the way
 * AppSync's `util.transform.toDynamoDBFilterExpression` and `toDynamoDBConditionExpression` do, which the
 * `@aws-appsync/utils/dynamodb` helpers use for their conditions, filters and key conditions: each name is
 * `#field`, each value `:<nesting>field_operator` (`:and_0_or_1_id_eq`), each comparison in parentheses,
 * a group of two or more members in parentheses, fields at one level joined by ` AND `.
 * Answers null for what AWS answers null for (a filter that is not an object, an unknown operator, a
 * field holding a value, `and`/`or` given anything but a list, ...). Every rule here reproduces a case
 * recorded from AWS in localstack/appsync-utils `__tests__/__snapshots__/transform.test.js.snap`,
 * quirks included: an empty member still gets its joiner, and `in: []` renders `(null)`.
 * A member that is `undefined` is left out, as JSON leaves it out (our rule: values are JSON in AppSync).
 */
export function buildFilterExpression(filter: unknown): FilterExpression | null {
  const out: Output = { names: {}, values: {} };
  const expression = renderFilter(filter, '', out);
  if (expression === null) return null;
  return { expression, expressionNames: out.names, expressionValues: out.values };
}

function renderFilter(filter: unknown, prefix: string, out: Output): string | null {
  if (!isObject(filter)) return null;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    let part: string | null;
    if (key === 'and' || key === 'or') {
      part = renderGroup(key, value, prefix, out);
    } else if (key === 'not') {
      const inner = renderFilter(value, `${prefix}not_`, out);
      part = inner === null ? null : `(NOT ${inner})`;
    } else {
      part = renderField(key, value, prefix, out);
    }
    if (part === null) return null;
    parts.push(part);
  }
  return parts.join(' AND ');
}

function renderGroup(kind: 'and' | 'or', members: unknown, prefix: string, out: Output): string | null {
  if (!Array.isArray(members)) return null;
  const parts: string[] = [];
  for (const [i, member] of members.entries()) {
    const part = renderFilter(member, `${prefix}${kind}_${i}_`, out);
    if (part === null) return null;
    parts.push(part);
  }
  const joined = parts.join(` ${kind.toUpperCase()} `);
  return parts.length > 1 ? `(${joined})` : joined;
}

function renderField(name: string, operators: unknown, prefix: string, out: Output): string | null {
  if (!isObject(operators)) return null;
  // AWS keeps the name even when the field renders nothing.
  out.names[`#${name}`] = name;
  const parts = renderOperators(`#${name}`, operators, `${prefix}${name}`, out);
  if (parts === null) return null;
  if (parts.length <= 1) return parts[0] ?? '';
  return `(${parts.join(' AND ')})`;
}

function renderOperators(
  operand: string,
  operators: Readonly<Record<string, unknown>>,
  base: string,
  out: Output,
): string[] | null {
  const parts: string[] = [];
  const bind = (suffix: string, value: unknown): string => {
    const placeholder = `:${base}_${suffix}`;
    out.values[placeholder] = toDynamoDB(value);
    return placeholder;
  };
  for (const [operator, value] of Object.entries(operators)) {
    if (value === undefined) continue;
    // hasOwn, so that an operator such as `toString` is unknown rather than an Object.prototype member.
    if (Object.hasOwn(COMPARISONS, operator)) {
      parts.push(`(${operand} ${COMPARISONS[operator]!} ${bind(operator, value)})`);
    } else if (Object.hasOwn(FUNCTIONS, operator)) {
      parts.push(FUNCTIONS[operator]!(operand, bind(operator, value)));
    } else if (operator === 'between') {
      if (!Array.isArray(value) || value.length < 2) return null;
      parts.push(
        `(${operand} BETWEEN ${bind('between_start', value[0])} AND ${bind('between_end', value[1])})`,
      );
    } else if (operator === 'in') {
      if (!Array.isArray(value)) return null;
      const bound = value.map((member, i) => bind(`in_${i}`, member));
      parts.push(bound.length === 0 ? '(null)' : `(${operand} IN (${bound.join(', ')}))`);
    } else if (operator === 'attributeExists') {
      if (typeof value !== 'boolean') return null;
      parts.push(value ? `(attribute_exists(${operand}))` : `(attribute_not_exists(${operand}))`);
    } else if (operator === 'attributeType') {
      const code =
        typeof value === 'string' && Object.hasOwn(TYPE_CODES, value) ? TYPE_CODES[value] : undefined;
      if (code === undefined) return null;
      parts.push(`(attribute_type(${operand},${bind('attributeType', code)}))`);
    } else if (operator === 'size') {
      if (!isObject(value)) return null;
      // A size of a size names its values again but calls size() once.
      const sized = operand.startsWith('size(') ? operand : `size(${operand})`;
      const inner = renderOperators(sized, value, `${base}_size`, out);
      if (inner === null) return null;
      parts.push(...inner);
    } else {
      return null;
    }
  }
  return parts;
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
