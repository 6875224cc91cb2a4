/**
 * Whether a Data API error is MySQL's duplicate-key error 1062: a `DatabaseErrorException` whose message
 * is `Database error code: 1062. Message: Duplicate entry …` (what the local twin answers on both engines,
 * and what Aurora MySQL reports through the Data API).
 */
export function isDuplicateKey(error: unknown): boolean {
  return (
    error instanceof Error &&
    error.name === 'DatabaseErrorException' &&
    /\bDatabase error code: 1062\b|\bDuplicate entry\b/.test(error.message)
  );
}
