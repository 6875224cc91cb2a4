import { useId, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { normalizeToken } from './authorization.js';
import { formField } from './formField.js';
import { tokenClaims } from './tokenClaims.js';

/** A field to paste a JWT into; accepts it only once its payload reads as a token with a subject. */
export function TokenForm({ onToken }: { onToken: (token: string) => void }): ReactElement {
  const id = useId();
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const token = normalizeToken(formField(new FormData(event.currentTarget), 'token'));
    try {
      tokenClaims(token);
      setError(undefined);
      onToken(token);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <form className="console-row" onSubmit={submit} aria-label="Use a token">
      <label htmlFor={`${id}-token`}>Token (id or access JWT)</label>
      <input
        id={`${id}-token`}
        name="token"
        className="console-token"
        autoComplete="off"
        spellCheck={false}
        required
      />
      <button type="submit">Use token</button>
      {error && (
        <p className="console-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
