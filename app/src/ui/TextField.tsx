import { useId } from 'react';
import type { InputHTMLAttributes, ReactElement, ReactNode } from 'react';

/**
 * A labelled input with an optional hint. `invalid` marks it for assistive technology and points it at
 * the error that explains why (`errorId`), e.g. the field a `ValidationError` names.
 */
export function TextField({
  label,
  hint,
  invalid = false,
  errorId,
  ...input
}: {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  invalid?: boolean;
  errorId?: string;
} & InputHTMLAttributes<HTMLInputElement>): ReactElement {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', invalid && errorId ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={invalid || undefined}
        aria-describedby={described || undefined}
        {...input}
      />
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
