import { confirmSignUp, resendSignUpCode, signUp } from 'aws-amplify/auth';
import { useId, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import { useAuth } from '../auth/useAuth.js';
import { useAppConfig } from '../config/useAppConfig.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { formText } from '../ui/formText.js';
import { TextField } from '../ui/TextField.js';
import { useDocumentTitle } from '../ui/useDocumentTitle.js';

type Step =
  | { readonly name: 'details' }
  /** The password is kept only to sign in right after the code is confirmed. */
  | {
      readonly name: 'code';
      readonly email: string;
      readonly password?: string;
      readonly destination?: string;
    };

/**
 * Sign-up in two steps: email, name and password, then the code Cognito emails (the local twin's mailbox
 * shows it: the page links there when `/config.json` names one). Once confirmed the user is signed in, or
 * sent to sign in when they came back later (`/signup?confirm=<email>`) and the password is not at hand.
 */
export function SignUpPage(): ReactElement {
  const id = useId();
  const config = useAppConfig();
  const auth = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const confirming = params.get('confirm');
  const [step, setStep] = useState<Step>(
    confirming ? { name: 'code', email: confirming } : { name: 'details' },
  );
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState<string>();
  useDocumentTitle(step.name === 'details' ? 'Create an account' : 'Confirm your email');

  const run = (attempt: () => Promise<void>): void => {
    setPending(true);
    setError(undefined);
    setNotice(undefined);
    attempt()
      .catch((failure: unknown) => setError(apiErrorOf(failure)))
      .finally(() => setPending(false));
  };

  const submitDetails = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = formText(form, 'email').trim();
    const name = formText(form, 'name').trim();
    const password = formText(form, 'password');
    run(async () => {
      const result = await signUp({
        username: email,
        password,
        options: { userAttributes: { email, ...(name ? { name } : {}) } },
      });
      if (result.nextStep.signUpStep === 'CONFIRM_SIGN_UP')
        setStep({
          name: 'code',
          email,
          password,
          destination: result.nextStep.codeDeliveryDetails.destination,
        });
      else await finish(email, password);
    });
  };

  const submitCode = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (step.name !== 'code') return;
    const code = formText(new FormData(event.currentTarget), 'code').trim();
    run(async () => {
      await confirmSignUp({ username: step.email, confirmationCode: code });
      await finish(step.email, step.password);
    });
  };

  const resend = (): void => {
    if (step.name !== 'code') return;
    run(async () => {
      const details = await resendSignUpCode({ username: step.email });
      setNotice(`A new code is on its way to ${details.destination ?? step.email}.`);
    });
  };

  async function finish(email: string, password: string | undefined): Promise<void> {
    if (password === undefined) {
      await navigate('/signin', { state: { notice: `Your account ${email} is confirmed: sign in.` } });
      return;
    }
    const outcome = await auth.signIn(email, password);
    await navigate(outcome.step === 'done' ? '/' : '/signin', { replace: true });
  }

  if (step.name === 'details')
    return (
      <section className="narrow" aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`}>Create an account</h1>
        <form onSubmit={submitDetails} className="form" aria-labelledby={`${id}-title`}>
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

  return (
    <section className="narrow" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Confirm your email</h1>
      <p>
        We sent a confirmation code to <strong>{step.destination ?? step.email}</strong>. Enter it below.
      </p>
      {config.mailboxUrl && (
        <p className="notice">
          Running locally: the code is in the{' '}
          <a href={config.mailboxUrl} target="_blank" rel="noreferrer">
            local mailbox (opens in a new tab)
          </a>
          .
        </p>
      )}
      <form onSubmit={submitCode} className="form" aria-labelledby={`${id}-title`}>
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
          <button type="button" className="secondary" onClick={resend} disabled={pending}>
            Send a new code
          </button>
        </div>
      </form>
    </section>
  );
}
