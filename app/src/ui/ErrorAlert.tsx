import type { ReactElement } from 'react';
import type { ApiError } from '../api/ApiError.js';
import { errorMessageOf } from '../api/errorMessageOf.js';
import type { ErrorContext } from '../api/errorMessageOf.js';

/**
 * An error as a sentence for a person (`errorMessageOf`), announced at once (`role="alert"`): never the
 * error's type, an exception name or a field path. `context` names the products the page shows, so an
 * `OutOfStock` reads "Only 3 left of Stoneware Teapot". `onRetry` adds a "Try again" button.
 */
export function ErrorAlert({
  error,
  id,
  onRetry,
  context,
}: {
  error: ApiError;
  id?: string;
  onRetry?: () => void;
  context?: ErrorContext;
}): ReactElement {
  return (
    <div role="alert" className="alert" id={id}>
      <p>{errorMessageOf(error, context)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
