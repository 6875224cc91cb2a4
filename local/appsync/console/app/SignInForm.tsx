import { useId, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import type { ConsoleConfig } from './consoleConfig.js';
import { formField } from './formField.js';
import { initiateAuth, SignInError } from './initiateAuth.js';

/**
 * Email and password sign-in against the twin's user pool (`USER_PASSWORD_AUTH`); hands the id token to
 * `onSignedIn`, and shows Cognito's refusal (wrong password, unconfirmed user) beside the form.
 */
export function SignInForm({
  config,
  onSignedIn,
}: {
  config: ConsoleConfig;
  onSignedIn: (idToken: string) => void;
}): ReactElement {
  const id = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    initiateAuth({
      endpoint: config.userPoolEndpoint,
      clientId: config.userPoolClientId,
      email: formField(form, 'email').trim(),
      password: formField(form, 'password'),
    })
      .then((signedIn) => onSignedIn(signedIn.idToken))
      .catch((failure: unknown) =>
        setError(
          failure instanceof SignInError
            ? `${failure.message} (${failure.code})`
            : `Cannot reach the user pool at ${config.userPoolEndpoint}: ${String(failure)}`,
        ),
      )
      .finally(() => setPending(false));
  };

  return (
    <form className="console-row" onSubmit={submit} aria-label="Sign in to the user pool">
      <label htmlFor={`${id}-email`}>Email</label>
      <input id={`${id}-email`} name="email" type="email" autoComplete="username" required />
      <label htmlFor={`${id}-password`}>Password</label>
      <input id={`${id}-password`} name="password" type="password" autoComplete="current-password" required />
      <button type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
      {error && (
        <p className="console-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
