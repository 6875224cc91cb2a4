import { useId } from 'react';
import type { ReactElement } from 'react';
import { activeToken } from './authorization.js';
import type { Authorization, AuthMode } from './authorization.js';
import type { ConsoleConfig } from './consoleConfig.js';
import { Identity } from './Identity.js';
import { SignInForm } from './SignInForm.js';
import { TokenForm } from './TokenForm.js';

const MODES: readonly { readonly mode: AuthMode; readonly label: string }[] = [
  { mode: 'apiKey', label: 'API key' },
  { mode: 'userPool', label: 'Sign in (user pool)' },
  { mode: 'token', label: 'Token' },
];

/**
 * The console's header: which authorization requests carry (API key, a user pool sign-in, or a pasted
 * token), the form that gets the token, and who is signed in.
 */
export function AuthPanel({
  config,
  authorization,
  onChange,
}: {
  config: ConsoleConfig;
  authorization: Authorization;
  onChange: (next: Authorization) => void;
}): ReactElement {
  const name = useId();
  const token = activeToken(authorization);
  return (
    <header className="console-header">
      <h1>ShopSync GraphQL console</h1>
      <fieldset className="console-row">
        <legend>Authorize requests with</legend>
        {MODES.map(({ mode, label }) => (
          <label key={mode}>
            <input
              type="radio"
              name={name}
              value={mode}
              checked={authorization.mode === mode}
              onChange={() => onChange({ ...authorization, mode })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {authorization.mode === 'apiKey' && (
        <p className="console-identity" role="status">
          Sending <code>x-api-key: {config.apiKey}</code>
        </p>
      )}
      {authorization.mode !== 'apiKey' && token && (
        <Identity
          token={token}
          onSignOut={() =>
            onChange(
              authorization.mode === 'userPool'
                ? { ...authorization, userPoolToken: undefined }
                : { ...authorization, pastedToken: undefined },
            )
          }
        />
      )}
      {authorization.mode === 'userPool' && !token && (
        <SignInForm
          config={config}
          onSignedIn={(idToken) => onChange({ ...authorization, userPoolToken: idToken })}
        />
      )}
      {authorization.mode === 'token' && !token && (
        <TokenForm onToken={(pasted) => onChange({ ...authorization, pastedToken: pasted })} />
      )}
    </header>
  );
}
