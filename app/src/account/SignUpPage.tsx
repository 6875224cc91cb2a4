import type { ReactElement } from 'react';
import { useDocumentTitle } from '../ui/useDocumentTitle.js';
import { ConfirmSignUpForm } from './ConfirmSignUpForm.js';
import { SignUpDetailsForm } from './SignUpDetailsForm.js';
import { useSignUp } from './useSignUp.js';

/**
 * Sign-up in two steps: email, name and password, then the code Cognito emails (the local twin's mailbox
 * shows it: the page links there when `/config.json` names one). Once confirmed the user is signed in, or
 * sent to sign in when they came back later (`/signup?confirm=<email>`) and the password is not at hand.
 */
export function SignUpPage(): ReactElement {
  const { step, pending, error, notice, submitDetails, confirm, resend } = useSignUp();
  useDocumentTitle(step.name === 'details' ? 'Create an account' : 'Confirm your email');

  if (step.name === 'details')
    return <SignUpDetailsForm pending={pending} error={error} onSubmit={submitDetails} />;
  return (
    <ConfirmSignUpForm
      sentTo={step.destination ?? step.email}
      pending={pending}
      error={error}
      notice={notice}
      onConfirm={confirm}
      onResend={resend}
    />
  );
}
