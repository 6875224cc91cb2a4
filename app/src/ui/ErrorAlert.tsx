import type { ReactElement } from 'react';
import type { ApiError } from '../api/ApiError.js';

/**
 * An error as the API or the user pool stated it, announced at once (`role="alert"`): its message, its
 * kind, and for a `ValidationError` the field at fault. `onRetry` adds a "Try again" button.
 */
export function ErrorAlert({
  error,
  id,
  onRetry,
}: {
  error: ApiError;
  id?: string;
  onRetry?: () => void;
}): ReactElement {
  return (
    <div role="alert" className="alert" id={id}>
      <p>
        {error.message}
        {error.field && (
          <>
            {' '}
            <span className="alert-field">(field: {error.field})</span>
          </>
        )}
      </p>
      {error.code && <p className="alert-code">{error.code}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
