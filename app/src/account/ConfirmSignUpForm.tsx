import { useId } from 'react';
import type { FormEvent, ReactElement } from 'react';
import type { ApiError } from '../api/ApiError.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { formText } from '../ui/formText.js';
import { TextField } from '../ui/TextField.js';
import { LocalMailboxNotice } from './LocalMailboxNotice.js';

/**
 * The second step of a sign-up: the code Cognito emailed to `sentTo`, with a button to send a new one,
 * the last attempt's error or notice, and the local mailbox when there is one. `onConfirm` gets the
 * code trimmed.
 */
export function ConfirmSignUpForm({
  sentTo,
  pending,
  error,
  notice,
  onConfirm,
  onResend,
}: {
  sentTo: string;
  pending: boolean;
  error: ApiError | undefined;
  notice: string | undefined;
  onConfirm: (code: string) => void;
  onResend: () => void;
}): ReactElement {
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    onConfirm(formText(new FormData(event.currentTarget), 'code').trim());
  };
  return (
    <section className="narrow" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Confirm your email</h1>
      <p>
        We sent a confirmation code to <strong>{sentTo}</strong>. Enter it below.
      </p>
      <LocalMailboxNotice />
      <form onSubmit={submit} className="form" aria-labelledby={`${id}-title`}>
        <TextField
          label="Confirmation code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
        />
        {error && <ErrorAlert error={error} />}
        {notice && (
          <p role="status" className="notice">
            {notice}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={pending}>
            {pending ? 'Confirming…' : 'Confirm'}
          </button>
          <button type="button" className="secondary" onClick={onResend} disabled={pending}>
            Send a new code
          </button>
        </div>
      </form>
    </section>
  );
}
