import { createRequire } from 'node:module';
import { AwsError } from '../AwsError.js';

// dynalite's request validators: member type checks (SerializationException), member constraints (one
// ValidationException naming every failing member, `Value '...' at 'a.b' failed to satisfy constraint:`)
// and the expression parsers, all with AWS's messages. dynalite is pinned at 4.0.0 in package.json because
// these files (`validations/*.js`) are internals, not its public API.
const require = createRequire(import.meta.url);

/** One member's rules in dynalite's vocabulary: `type`, `notNull`, `enum`, `lengthLessThanOrEqual`, `children`... */
export type MemberRules = string | { readonly [rule: string]: unknown };

/** The rules of a request body, member by member, in the order AWS reports their violations. */
export type RequestRules = { readonly [member: string]: MemberRules };

/** The single-item operations whose dynalite validators the twin reuses. */
export type ValidatedOperation = 'getItem' | 'putItem' | 'updateItem' | 'deleteItem' | 'describeTimeToLive';

interface Validations {
  checkTypes(data: unknown, rules: RequestRules): Record<string, unknown>;
  checkValidations(data: Record<string, unknown>, rules: RequestRules): void;
}

interface OperationValidator {
  readonly types: RequestRules;
  readonly custom?: (data: Record<string, unknown>, store: unknown) => string | undefined;
}

const validations = require('dynalite/validations/index.js') as Validations;

// What dynalite's validators read from its store: the item size limit (AWS: 400 KB).
const STORE = { options: { maxItemSize: 400 * 1024 } };

/** dynalite's member rules of `operation` (`TableName`, `Key`, `ConditionExpression`, ...). */
export function operationRules(operation: ValidatedOperation): RequestRules {
  return validator(operation).types;
}

/**
 * Checks a parsed request body against `rules` as AWS does before reading it any further: member types
 * first (SerializationException), then every member constraint at once (ValidationException). Resolves
 * to the body with the members the rules do not name dropped, as AWS ignores them.
 */
export function validateRequest(body: unknown, rules: RequestRules): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AwsError('SerializationException', 'Start of list found where not expected');
  }
  return asAwsErrors(() => {
    const data = validations.checkTypes(body, rules);
    validations.checkValidations(data, rules);
    return data;
  });
}

/**
 * Runs the request-level checks of one single-item `operation` on `request` (expression syntax, names
 * and values that no expression uses, attribute values, item size) and throws the ValidationException
 * AWS gives. `request` is not changed.
 */
export function checkItemRequest(
  operation: ValidatedOperation,
  request: Readonly<Record<string, unknown>>,
): void {
  const message = validator(operation).custom?.({ ...request }, STORE);
  if (message) throw new AwsError('ValidationException', message);
}

function validator(operation: ValidatedOperation): OperationValidator {
  return require(`dynalite/validations/${operation}.js`) as OperationValidator;
}

/** dynalite throws errors carrying the HTTP status and the AWS error body; anything else is a bug. */
function asAwsErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    const { statusCode, body } = error as { statusCode?: number; body?: Record<string, unknown> };
    if (statusCode === undefined || body === undefined) throw error;
    const type = typeof body.__type === 'string' ? body.__type : 'ValidationException';
    const message = body.message ?? body.Message;
    throw new AwsError(type.split('#').pop() ?? type, typeof message === 'string' ? message : '', statusCode);
  }
}
