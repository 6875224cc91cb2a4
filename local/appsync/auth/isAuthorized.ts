import type { AuthMode } from './AuthMode.js';
import type { AuthResult } from './AuthResult.js';
import type { FieldAuthTable } from './fieldAuthTable.js';

/** The part of an authenticated request that field authorization reads. */
export interface Caller {
  readonly mode: AuthMode;
  /** The caller's Cognito groups; empty for other modes. */
  readonly groups: readonly string[];
}

/** The `Caller` of an authenticated request. */
export function callerOf(result: AuthResult): Caller {
  return {
    mode: result.mode,
    groups: result.mode === 'AMAZON_COGNITO_USER_POOLS' ? (result.identity.groups ?? []) : [],
  };
}

/**
 * Whether `caller` may read `typeName.fieldName` (the object type the field is resolved on). Meta fields
 * (`__typename`, `__schema`, `__type`) are open to every authenticated caller. Throws when the table
 * has no such field: the table was built from another schema.
 */
export function isAuthorized(
  table: FieldAuthTable,
  typeName: string,
  fieldName: string,
  caller: Caller,
): boolean {
  if (fieldName.startsWith('__')) return true;
  const grants = table.get(`${typeName}.${fieldName}`);
  if (!grants) throw new Error(`The authorization table has no field ${typeName}.${fieldName}`);
  return grants.some(
    (grant) =>
      grant.mode === caller.mode &&
      (grant.groups === null || grant.groups.some((group) => caller.groups.includes(group))),
  );
}

/**
 * The field error AppSync returns (HTTP 200, the field null) for a field the caller may not read, as
 * recorded in aws/aws-appsync-community#266 and #349: errorType `Unauthorized`.
 */
export function unauthorizedFieldError(
  typeName: string,
  fieldName: string,
): { readonly errorType: 'Unauthorized'; readonly message: string } {
  return { errorType: 'Unauthorized', message: `Not Authorized to access ${fieldName} on type ${typeName}` };
}
