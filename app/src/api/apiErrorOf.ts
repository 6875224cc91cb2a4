import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { ApiError } from './ApiError.js';

interface AppSyncError {
  readonly message?: unknown;
  readonly errorType?: unknown;
  readonly errorInfo?: unknown;
}

/**
 * What went wrong, for display: the first AppSync error of a GraphQL response (with its `errorType` and
 * `errorInfo.field`), an HTTP error's GraphQL body when it has one (AppSync answers 401 for a bad token),
 * an Amplify Auth error by its exception name, or a network failure. Never throws.
 *
 * @example
 * apiErrorOf(new CombinedGraphQLErrors({ errors: [{ message: 'Bad SKU', errorType: 'ValidationError',
 *   errorInfo: { field: 'input.sku' } }] })) // => { code: 'ValidationError', field: 'input.sku', ... }
 */
export function apiErrorOf(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) return fromGraphqlErrors(error.errors);
  if (ServerError.is(error)) {
    const errors = graphqlErrorsIn(error.bodyText);
    if (errors) return fromGraphqlErrors(errors);
    return {
      code: null,
      message: 'The shop is not answering right now. Please try again in a moment.',
      field: null,
      info: { status: error.statusCode },
    };
  }
  if (error instanceof TypeError)
    return {
      code: null,
      message: 'The shop could not be reached. Check your connection and try again.',
      field: null,
      info: { cause: error.message },
    };
  if (error instanceof Error)
    return {
      code: error.name && error.name !== 'Error' ? error.name : null,
      message: error.message,
      field: null,
      info: null,
    };
  return { code: null, message: String(error), field: null, info: null };
}

function fromGraphqlErrors(errors: readonly AppSyncError[]): ApiError {
  const first = errors[0];
  if (!first)
    return { code: null, message: 'The API answered with an empty error list', field: null, info: null };
  const info =
    typeof first.errorInfo === 'object' && first.errorInfo !== null
      ? (first.errorInfo as Readonly<Record<string, unknown>>)
      : null;
  // A list whose every item fails repeats one message per item: show each distinct message once.
  const messages = [
    ...new Set(errors.map((error) => (typeof error.message === 'string' ? error.message : ''))),
  ];
  return {
    code: typeof first.errorType === 'string' ? first.errorType : null,
    message: messages.filter(Boolean).join(' ') || 'The API reported an error without a message',
    field: typeof info?.field === 'string' ? info.field : null,
    info,
  };
}

function graphqlErrorsIn(bodyText: string): readonly AppSyncError[] | undefined {
  try {
    const body = JSON.parse(bodyText) as { errors?: unknown };
    return Array.isArray(body.errors) && body.errors.length > 0 ? (body.errors as AppSyncError[]) : undefined;
  } catch {
    return undefined;
  }
}
