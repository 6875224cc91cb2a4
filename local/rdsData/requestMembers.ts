import { badRequest } from './dataApiErrors.js';

/** A request body as parsed JSON: members are checked by the readers below before use. */
export type RequestBody = Readonly<Record<string, unknown>>;

/** The body, which must be a JSON object. */
export function requestBody(input: unknown): RequestBody {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw badRequest('The request body must be a JSON object');
  }
  return input as RequestBody;
}

/** A required string member; missing or empty → BadRequestException in AWS's validation wording. */
export function requiredString(body: RequestBody, name: string): string {
  const value = body[name];
  if (value === undefined || value === null || value === '') {
    throw badRequest(
      `1 validation error detected: Value null at '${name}' failed to satisfy constraint: Member must not be null`,
    );
  }
  if (typeof value !== 'string') throw badRequest(`${name} must be a string`);
  return value;
}

/** An optional string member; absent or empty → undefined. */
export function optionalString(body: RequestBody, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw badRequest(`${name} must be a string`);
  return value;
}

/** An optional boolean member; absent → false. */
export function optionalBoolean(body: RequestBody, name: string): boolean {
  const value = body[name];
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') throw badRequest(`${name} must be a boolean`);
  return value;
}

/** An optional enum member; absent → `fallback`, a value outside `allowed` → BadRequestException. */
export function optionalEnum<T extends string>(
  body: RequestBody | undefined,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = body?.[name];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw badRequest(`${name} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}
