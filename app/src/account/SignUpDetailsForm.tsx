import { useId } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../api/ApiError.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { formText } from '../ui/formText.js';
import { TextField } from '../ui/TextField.js';
import type { SignUpDetails } from './SignUpDetails.js';

/**
 * The first step of a sign-up: email, name and password (the user pool's policy in the hint), with the
 * last attempt's error and a link to sign in instead. `onSubmit` gets the email and name trimmed.
 */
export function SignUpDetailsForm({
  pending,
  error,
  onSubmit,
}: {
  pending: boolean;
  error: ApiError | undefined;
  onSubmit: (details: SignUpDetails) => void;
}): ReactElement {
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onSubmit({
      email: formText(form, 'email').trim(),
      name: formText(form, 'name').trim(),
      password: formText(form, 'password'),
    });
  };
  return (
    <section className="narrow" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Create an account</h1>
      <form onSubmit={submit} className="form" aria-labelledby={`${id}-title`}>
        <TextField label="Email" name="email" type="email" autoComplete="email" required />
        <TextField label="Name" name="name" autoComplete="name" maxLength={100} required />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={12}
          hint="At least 12 characters, with upper- and lower-case letters, a digit and a symbol."
          required
        />
        {error && <ErrorAlert error={error} />}
        <button type="submit" disabled={pending}>
          {pending ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <p>
        Already have an account? <Link to="/signin">Sign in</Link>
      </p>
    </section>
  );
}
