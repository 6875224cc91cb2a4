import { useId } from 'react';
import type { FormEvent } from 'react';
import type { ApiError } from '../api/ApiError.js';

/** The props that tie a `TextField` to its form's error: its name, whether the error names it, the alert's id. */
export interface FieldProps {
  readonly name: string;
  readonly invalid: boolean;
  readonly errorId: string;
}

/** What an admin form over one mutation `input` needs to show its error and hand over its data. */
export interface InputForm {
  /** The form's own id (`useId`), a prefix for the ids its labels point to. */
  readonly id: string;
  /** The id the form's `ErrorAlert` carries, which an invalid field points to. */
  readonly errorId: string;
  /** The input field a `ValidationError` names (`errorInfo.field` without `input.`), if any. */
  readonly invalidField: string | undefined;
  /** The props of the field `name`: marked invalid and tied to the error when the error names it. */
  readonly field: (name: string) => FieldProps;
  /** The form's submit handler: the page stays, and `onSubmit` gets the form's data. */
  readonly submit: (event: FormEvent<HTMLFormElement>) => void;
}

/**
 * The error and submit wiring of an admin form whose fields are a mutation's `input`:
 * the field a `ValidationError` names (e.g. `input.name`) is marked invalid and tied to the error alert.
 */
export function useInputForm(error: ApiError | undefined, onSubmit: (form: FormData) => void): InputForm {
  const id = useId();
  const errorId = `${id}-error`;
  const invalidField = error?.field?.replace(/^input\./, '');
  return {
    id,
    errorId,
    invalidField,
    field: (name) => ({ name, invalid: invalidField === name, errorId }),
    submit: (event) => {
      event.preventDefault();
      onSubmit(new FormData(event.currentTarget));
    },
  };
}
