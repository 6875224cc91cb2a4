import { useId, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../api/ApiError.js';
import { errorTypeOf } from '../api/errorTypeOf.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { formText } from '../ui/formText.js';
import { RequireSignIn } from '../ui/RequireSignIn.js';
import { StatusMessage } from '../ui/StatusMessage.js';
import { TextField } from '../ui/TextField.js';
import { useDocumentTitle } from '../ui/useDocumentTitle.js';
import { AddressFields } from './AddressFields.js';
import { addressInputOf } from './addressInputOf.js';
import { useProfile } from './useProfile.js';
import { useUpdateProfile } from './useUpdateProfile.js';

/** The signed-in user's account. */
export function AccountPage(): ReactElement {
  useDocumentTitle('Your account');
  return (
    <RequireSignIn what="see your account">
      <Account />
    </RequireSignIn>
  );
}

/** The name the shop calls the user by and the address checkout offers, each saved with `updateProfile`. */
function Account(): ReactElement {
  const id = useId();
  const { profile, error: loadError, retry } = useProfile();
  const { save, saving } = useUpdateProfile();
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);

  if (loadError && !profile) return <ErrorAlert error={loadError} onRetry={retry} />;
  if (!profile) return <StatusMessage>Loading your account…</StatusMessage>;

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const address = addressInputOf(form);
    const hasAddress = [address.line1, address.city, address.postalCode].some(Boolean);
    setSaved(false);
    setError(undefined);
    void save({
      name: formText(form, 'accountName').trim(),
      ...(hasAddress ? { shippingAddress: address } : {}),
    }).then((failure) => {
      setError(failure);
      setSaved(failure === undefined);
    });
  };
  const invalid = errorTypeOf(error) === 'ValidationError' ? (error?.field?.split('.').pop() ?? null) : null;
  const addressInvalid = error?.field?.startsWith('input.shippingAddress.') ? invalid : null;

  return (
    <section className="narrow-wide" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Your account</h1>
      <p>
        Signed in with <strong>{profile.email}</strong>. <Link to="/orders">See your orders</Link>
      </p>
      <form className="form" onSubmit={submit} aria-labelledby={`${id}-title`}>
        <TextField
          label="Your name"
          name="accountName"
          autoComplete="name"
          required
          maxLength={100}
          defaultValue={profile.name ?? ''}
          invalid={error?.field === 'input.name'}
          errorId={`${id}-error`}
        />
        <AddressFields
          address={profile.shippingAddress}
          name={profile.name}
          invalidField={addressInvalid}
          errorId={`${id}-error`}
          required={false}
        />
        {error && <ErrorAlert error={error} id={`${id}-error`} />}
        {saved && (
          <p role="status" className="notice">
            Saved.
          </p>
        )}
        <button type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </form>
    </section>
  );
}
