import { AppSyncDataSourceError } from './dynamodb/AppSyncDataSourceError.js';

/** The Lambda twin's in-process call (see `local/lambda`). */
export type InvokeFunction = (
  functionName: string,
  event: unknown,
  options?: { invocationType?: 'RequestResponse' | 'Event' },
) => Promise<{ payload: unknown; functionError?: string }>;

/** A request a resolver returns for a Lambda data source. */
interface LambdaRequest {
  readonly operation?: 'Invoke' | 'BatchInvoke';
  readonly invocationType?: 'RequestResponse' | 'Event';
  readonly payload?: unknown;
}

interface Pending {
  readonly payload: unknown;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * The Lambda data source. `Invoke` calls the function with the request's `payload` and answers its
 * result; a function error becomes `ctx.error` with type `Lambda:Unhandled` and the function's
 * `errorMessage`. `BatchInvoke` gathers the payloads of the same field from one
 * execution step (the sibling items of a list) into one call of at most `maxBatchSize` payloads, and
 * hands each field its item of the returned array; an item `{ errorMessage, errorType }` fails only
 * its field.
 */
export function createLambdaDataSource(invoke: InvokeFunction, functionName: string) {
  const batches = new Map<string, Pending[]>();

  const call = async (payload: unknown, invocationType: 'RequestResponse' | 'Event' = 'RequestResponse') => {
    const result = await invoke(functionName, payload, { invocationType });
    if (result.functionError) {
      // AppSync reports a function error as `Lambda:Unhandled` (the X-Amz-Function-Error value).
      const { errorMessage } = (result.payload ?? {}) as { errorMessage?: string };
      throw new AppSyncDataSourceError(
        `Lambda:${result.functionError}`,
        errorMessage ?? 'The function failed',
      );
    }
    return invocationType === 'Event' ? null : result.payload;
  };

  const flush = (key: string): void => {
    const pending = batches.get(key) ?? [];
    batches.delete(key);
    if (pending.length === 0) return;
    call(pending.map((item) => item.payload)).then(
      (results) => {
        const list = Array.isArray(results) ? (results as unknown[]) : [];
        pending.forEach((item, index) => {
          const result = list[index];
          if (list.length !== pending.length) {
            item.reject(
              new AppSyncDataSourceError(
                'Lambda:BatchSizeMismatch',
                `BatchInvoke answered ${list.length} results for ${pending.length} payloads`,
              ),
            );
          } else if (result && typeof result === 'object' && 'errorMessage' in result) {
            const { errorMessage, errorType } = result as { errorMessage: string; errorType?: string };
            item.reject(new AppSyncDataSourceError(errorType ?? 'Lambda:Unhandled', errorMessage));
          } else {
            item.resolve(result && typeof result === 'object' && 'data' in result ? result.data : result);
          }
        });
      },
      (error: unknown) => pending.forEach((item) => item.reject(error)),
    );
  };

  return (request: unknown, field: string, maxBatchSize: number | undefined): Promise<unknown> => {
    const { operation = 'Invoke', invocationType, payload = null } = (request ?? {}) as LambdaRequest;
    if (operation !== 'BatchInvoke') return call(payload, invocationType);
    return new Promise((resolve, reject) => {
      const key = field;
      const pending = batches.get(key) ?? [];
      if (pending.length === 0) {
        batches.set(key, pending);
        // Sibling fields of one list are resolved in the same turn; the batch closes after it.
        setImmediate(() => flush(key));
      }
      pending.push({ payload, resolve, reject });
      if (maxBatchSize !== undefined && maxBatchSize > 0 && pending.length >= maxBatchSize) flush(key);
    });
  };
}
