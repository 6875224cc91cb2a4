/** Which messages of a batch to delete and which to leave for redelivery. */
export interface BatchOutcome<T> {
  readonly succeeded: readonly T[];
  readonly failed: readonly T[];
}

/**
 * Applies Lambda's SQS rules to a finished call. A function error fails the whole batch. Without
 * `ReportBatchItemFailures` any successful call succeeds for the whole batch. With it, a null or empty
 * response or `batchItemFailures` list means every message succeeded; the listed `itemIdentifier`s
 * fail; and a malformed response (a list that is not an array, an empty or null identifier, an
 * identifier not in the batch) fails the whole batch, as AWS documents.
 */
export function batchOutcome<T extends { readonly messageId: string }>(
  batch: readonly T[],
  call: { readonly functionError?: string; readonly payload: unknown },
  reportBatchItemFailures: boolean,
): BatchOutcome<T> {
  const allFailed = { succeeded: [], failed: batch };
  if (call.functionError) return allFailed;
  if (!reportBatchItemFailures) return { succeeded: batch, failed: [] };
  const list = (call.payload as { batchItemFailures?: unknown } | null | undefined)?.batchItemFailures;
  if (list === undefined || list === null) return { succeeded: batch, failed: [] };
  if (!Array.isArray(list)) return allFailed;
  const failedIds = new Set<string>();
  for (const item of list as unknown[]) {
    const id = (item as { itemIdentifier?: unknown } | null)?.itemIdentifier;
    if (typeof id !== 'string' || !batch.some((message) => message.messageId === id)) return allFailed;
    failedIds.add(id);
  }
  return {
    succeeded: batch.filter((message) => !failedIds.has(message.messageId)),
    failed: batch.filter((message) => failedIds.has(message.messageId)),
  };
}
