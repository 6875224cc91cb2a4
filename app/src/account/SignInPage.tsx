import { useId, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import type { SignInOutcome } from '../auth/Auth.js';
import { useAuth } from '../auth/useAuth.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { TextField } from '../ui/TextField.js';
import { useDocumentTitle } from '../ui/useDocumentTitle.js';
import { formText } from '../ui/formText.js';

/**
 * Sign-in with email and password. On success it returns to the page that sent the user here; an
 * unconfirmed account goes to the confirmation code step, an account an admin created chooses a password.
 */
export function SignInPage(): ReactElement {
  const id = useId();
  const auth = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as { from?: string; notice?: string } | null;
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [step, setStep] = useState<'password' | 'newPassword'>('password');
  const [email, setEmail] = useState('');
  useDocumentTitle('Sign in');

  if (auth.state.status === 'signedIn' && !pending) return <Navigate to={state?.from ?? '/'} replace />;

  const follow = (outcome: SignInOutcome, address: string): void => {
    if (outcome.step === 'done') void navigate(state?.from ?? '/', { replace: true });
    else if (outcome.step === 'confirmSignUp')
      void navigate(`/signup?confirm=${encodeURIComponent(address)}`, { replace: true });
    else if (outcome.step === 'newPasswordRequired') setStep('newPassword');
    else
      setError({
        code: null,
        message: 'This account needs a sign-in step the shop does not offer yet. Please contact the shop.',
        field: null,
        info: { step: outcome.name },
      });
  };
  const run = (attempt: () => Promise<SignInOutcome>, address: string): void => {
    setPending(true);
    setError(undefined);
    attempt()
      .then((outcome) => follow(outcome, address))
      .catch((failure: unknown) => setError(apiErrorOf(failure)))
      .finally(() => setPending(false));
  };
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const address = formText(form, 'email').trim();
    setEmail(address);
    run(() => auth.signIn(address, formText(form, 'password')), address);
  };
  const submitNewPassword = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const password = formText(new FormData(event.currentTarget), 'newPassword');
    run(() => auth.completeNewPassword(password), email);
  };

  return (
    <section className="narrow" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Sign in</h1>
      {state?.notice && (
        <p role="status" className="notice">
          {state.notice}
        </p>
      )}
      {step === 'password' ? (
        <form onSubmit={submit} className="form" aria-labelledby={`${id}-title`}>
          <TextField label="Email" name="email" type="email" autoComplete="username" required />
          <TextField
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
          {error && <ErrorAlert error={error} />}
          <button type="submit" disabled={pending}>
            {pending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      ) : (
        <form onSubmit={submitNewPassword} className="form" aria-label="Choose a new password">
          <p>Your account was created for you. Choose your own password to continue.</p>
          <TextField
            label="New password"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            hint="At least 12 characters, with upper- and lower-case letters, a digit and a symbol."
            required
          />
          {error && <ErrorAlert error={error} />}
          <button type="submit" disabled={pending}>
            {pending ? 'Saving…' : 'Set password and sign in'}
          </button>
        </form>
      )}
      <p>
        New here? <Link to="/signup">Create an account</Link>
      </p>
    </section>
  );
}
