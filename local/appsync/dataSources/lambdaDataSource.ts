import { AppSyncDataSourceError } from './dynamodb/AppSyncDataSourceError.js';

/** The Lambda twin's in-process call (see `local/lambda`). */
export type InvokeFunction = (
  functionName: string,
  event: unknown,
  options?: { invocationType?: 'RequestResponse' | 'Event' },
) => Promise<{ payload: unknown; functionError?: string }>;

/** A request a resolver returns for a Lambda data source (`LambdaRequest` of `@aws-appsync/utils`). */
interface LambdaRequest {
  readonly operation?: 'Invoke' | 'BatchInvoke';
  readonly invocationType?: 'RequestResponse' | 'Event';
  readonly payload?: unknown;
}

type InvocationType = NonNullable<LambdaRequest['invocationType']>;

interface Pending {
  readonly payload: unknown;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * How many fields AppSync puts in one BatchInvoke when the resolver sets no `maxBatchSize`: "By default,
 * when using BatchInvoke, AWS AppSync sends requests to your Lambda function in batches of up to five
 * items" (AppSync developer guide, Lambda resolvers tutorial, "Configuring the maximum batching size").
 */
export const DEFAULT_MAX_BATCH_SIZE = 5;

/**
 * The Lambda data source, as the AppSync developer guide documents it ("AWS AppSync JavaScript resolver
 * function reference for Lambda"; the Lambda resolvers tutorial, "Advanced use case: Batching").
 *
 * `Invoke` calls the function with the request's `payload` as its event and answers its result; a
 * function error becomes `ctx.error` with type `Lambda:Unhandled` and the function's `errorMessage`.
 * `invocationType: 'Event'` calls it asynchronously and answers null.
 *
 * `BatchInvoke` gathers the requests of the same field from one execution step (the sibling items of a
 * list), at most `maxBatchSize` of them (`DEFAULT_MAX_BATCH_SIZE` when unset), and calls the function
 * once with their payloads as a list, in order ("AWS AppSync merges all the request payload values into
 * a list"; the tutorial's function reads `event` as that array, as Powertools' batch resolvers do,
 * aws-powertools/powertools-lambda-typescript#4218). The function answers a list of the same size and
 * order, and each field's response handler gets its item as `ctx.result`, unchanged: a `null` item is a
 * null result, and an item shaped `{ data, errorMessage, errorType }` is for the response handler to read
 * (the tutorial's "Returning individual errors" raises it with `util.error` in the response handler;
 * AppSync itself does not). A function error, or a list of the wrong size (whose wording AppSync does
 * not document: the twin's), fails every field of the batch.
 */
export function createLambdaDataSource(invoke: InvokeFunction, functionName: string) {
  const batches = new Map<string, Pending[]>();

  const call = async (payload: unknown, invocationType: InvocationType = 'RequestResponse') => {
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

  const flush = (key: string, invocationType: InvocationType): void => {
    const pending = batches.get(key) ?? [];
    batches.delete(key);
    if (pending.length === 0) return;
    call(
      pending.map((item) => item.payload),
      invocationType,
    ).then(
      (results) => {
        if (invocationType === 'Event') {
          pending.forEach((item) => item.resolve(null));
          return;
        }
        if (!Array.isArray(results) || results.length !== pending.length) {
          const answered = Array.isArray(results) ? `${results.length} results` : 'no list';
          const error = new AppSyncDataSourceError(
            'Lambda:BatchSizeMismatch',
            `BatchInvoke answered ${answered} for ${pending.length} payloads; the list must match the batch in size and order`,
          );
          pending.forEach((item) => item.reject(error));
          return;
        }
        pending.forEach((item, index) => item.resolve((results as unknown[])[index] ?? null));
      },
      (error: unknown) => pending.forEach((item) => item.reject(error)),
    );
  };

  return (request: unknown, field: string, maxBatchSize: number | undefined): Promise<unknown> => {
    const { operation = 'Invoke', invocationType, payload = null } = (request ?? {}) as LambdaRequest;
    if (operation !== 'BatchInvoke') return call(payload, invocationType);
    const type = invocationType ?? 'RequestResponse';
    const limit = maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE;
    return new Promise((resolve, reject) => {
      const key = `${field} ${type}`;
      const pending = batches.get(key) ?? [];
      if (pending.length === 0) {
        batches.set(key, pending);
        // Sibling fields of one list are resolved in the same turn; the batch closes after it.
        setImmediate(() => flush(key, type));
      }
      pending.push({ payload, resolve, reject });
      if (limit > 0 && pending.length >= limit) flush(key, type);
    });
  };
}
