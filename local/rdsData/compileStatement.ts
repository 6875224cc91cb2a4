import { badRequest } from './dataApiErrors.js';
import type { WireField } from './DataApiWire.js';
import { placeholderNames } from './placeholderNames.js';
import type { CompiledStatement, SqlValue } from './SqlEngine.js';

// The formats AWS documents for each typeHint (SqlParameter.typeHint, API reference).
const TYPE_HINT_FORMATS: Readonly<Record<string, { readonly pattern: RegExp; readonly format: string }>> = {
  DATE: { pattern: /^\d{4}-\d{2}-\d{2}$/, format: 'YYYY-MM-DD' },
  TIME: { pattern: /^\d{2}:\d{2}:\d{2}(\.\d{1,9})?$/, format: 'HH:MM:SS[.FFF]' },
  TIMESTAMP: {
    pattern: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,9})?$/,
    format: 'YYYY-MM-DD HH:MM:SS[.FFF]',
  },
  DECIMAL: { pattern: /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/, format: 'a decimal number' },
  UUID: {
    pattern: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    format: 'a UUID',
  },
  JSON: { pattern: /[\s\S]*/, format: 'JSON text' },
};

/**
 * Builds the statement an engine runs from a Data API `sql` and `parameters` (the wire JSON, unchecked).
 *
 * Each parameter needs a `name` and a `value` with exactly one member; `longValue` becomes a `bigint`,
 * `doubleValue` a `number`, `blobValue` (base64) a `Buffer`. A `typeHint` applies to a `stringValue` and is
 * checked against the format AWS documents (DATE `YYYY-MM-DD`, TIMESTAMP `YYYY-MM-DD HH:MM:SS[.FFF]`,
 * ...); the string then goes to the engine as it is. Array values are refused, as the Data API refuses
 * them for MySQL. Every `:name` of the SQL must have a parameter. Any of these faults throws
 * BadRequestException. The SQL itself is never rewritten.
 */
export function compileStatement(sql: string, parameters: unknown): CompiledStatement {
  if (parameters !== undefined && !Array.isArray(parameters)) throw badRequest('parameters must be a list');
  const values: Record<string, SqlValue> = {};
  for (const parameter of (parameters ?? []) as unknown[]) {
    if (typeof parameter !== 'object' || parameter === null)
      throw badRequest('A parameter must be an object');
    const { name, value, typeHint } = parameter as { name?: unknown; value?: unknown; typeHint?: unknown };
    if (typeof name !== 'string' || name === '') {
      throw badRequest('Every parameter needs a name: the Data API binds parameters by :name only');
    }
    if (typeHint !== undefined && (typeof typeHint !== 'string' || !(typeHint in TYPE_HINT_FORMATS))) {
      throw badRequest(`Parameter ${name}: unknown typeHint ${JSON.stringify(typeHint)}`);
    }
    values[name] = toSqlValue(name, value, typeHint);
  }
  for (const name of placeholderNames(sql)) {
    if (!Object.hasOwn(values, name)) throw badRequest(`No value specified for parameter :${name}`);
  }
  return { sql, values };
}

function toSqlValue(name: string, value: unknown, typeHint: string | undefined): SqlValue {
  if (typeof value !== 'object' || value === null) throw badRequest(`Parameter ${name} has no value`);
  const members = Object.entries(value as Readonly<Record<keyof WireField, unknown>>).filter(
    ([, member]) => member !== undefined,
  );
  const [member] = members;
  if (member === undefined || members.length > 1) {
    throw badRequest(`The value of parameter ${name} must have exactly one member`);
  }
  const [kind, raw] = member;
  switch (kind) {
    case 'isNull':
      if (raw !== true) throw badRequest(`Parameter ${name}: isNull must be true`);
      return null;
    case 'booleanValue':
      if (typeof raw !== 'boolean') throw badRequest(`Parameter ${name}: booleanValue must be a boolean`);
      return raw;
    case 'longValue':
      if (typeof raw !== 'number' || !Number.isInteger(raw)) {
        throw badRequest(`Parameter ${name}: longValue must be an integer`);
      }
      return BigInt(raw);
    case 'doubleValue':
      if (typeof raw !== 'number') throw badRequest(`Parameter ${name}: doubleValue must be a number`);
      return raw;
    case 'stringValue':
      if (typeof raw !== 'string') throw badRequest(`Parameter ${name}: stringValue must be a string`);
      checkTypeHint(name, raw, typeHint);
      return raw;
    case 'blobValue':
      if (typeof raw !== 'string') throw badRequest(`Parameter ${name}: blobValue must be base64 text`);
      return Buffer.from(raw, 'base64');
    case 'arrayValue':
      throw badRequest(`Parameter ${name}: array parameters are not supported for MySQL`);
    default:
      throw badRequest(`Parameter ${name}: unknown value member ${kind}`);
  }
}

function checkTypeHint(name: string, text: string, typeHint: string | undefined): void {
  const rule = typeHint === undefined ? undefined : TYPE_HINT_FORMATS[typeHint];
  if (rule === undefined) return;
  let valid = rule.pattern.test(text);
  if (valid && typeHint === 'JSON') {
    try {
      JSON.parse(text);
    } catch {
      valid = false;
    }
  }
  if (!valid) {
    throw badRequest(
      `Parameter ${name}: '${text}' is not a valid ${typeHint} value (expected ${rule.format})`,
    );
  }
}
