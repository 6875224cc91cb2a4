import type { SqlParameter } from '@aws-sdk/client-rds-data';

/** A text parameter. */
export function textParam(name: string, value: string): SqlParameter {
  return { name, value: { stringValue: value } };
}

/** A text parameter that may be SQL NULL. */
export function nullableTextParam(name: string, value: string | null): SqlParameter {
  return value === null ? { name, value: { isNull: true } } : textParam(name, value);
}

/** An integer parameter (`longValue`). */
export function intParam(name: string, value: number): SqlParameter {
  return { name, value: { longValue: value } };
}

/** A boolean stored as `INT` 0/1, the form both SQLite and MySQL keep. */
export function flagParam(name: string, value: boolean): SqlParameter {
  return intParam(name, value ? 1 : 0);
}
