import { mappingTemplateError } from './AppSyncDataSourceError.js';

/** A JSON object of the request. */
export type Fields = Readonly<Record<string, unknown>>;

/** `value` as an object, or a MappingTemplate error naming `path`. */
export function objectAt(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw mappingTemplateError(`${path}: expected an object`);
  }
  return value as Fields;
}

/** `value` as an array, or a MappingTemplate error naming `path`. */
export function arrayAt(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) throw mappingTemplateError(`${path}: expected a list`);
  return value;
}

/** `value` as a string, or a MappingTemplate error naming `path`. */
export function stringAt(value: unknown, path: string): string {
  if (typeof value !== 'string') throw mappingTemplateError(`${path}: expected a string`);
  return value;
}

/** An optional field (absent or null → undefined) of the given JSON type, else a MappingTemplate error. */
export function optional<T extends 'string' | 'number' | 'boolean'>(
  value: unknown,
  type: T,
  path: string,
): (T extends 'string' ? string : T extends 'number' ? number : boolean) | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== type) throw mappingTemplateError(`${path}: expected a ${type}`);
  return value as T extends 'string' ? string : T extends 'number' ? number : boolean;
}
