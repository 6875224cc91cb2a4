import { confirmSignUp, resendSignUpCode, signUp } from 'aws-amplify/auth';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import { useAuth } from '../auth/useAuth.js';
import type { SignUpDetails } from './SignUpDetails.js';
import type { SignUpStep } from './SignUpStep.js';

/** A sign-up in progress, from `useSignUp`. */
export interface SignUp {
  readonly step: SignUpStep;
  /** A request to the user pool is on its way. */
  readonly pending: boolean;
  /** Why the last request failed; cleared when the next one starts. */
  readonly error: ApiError | undefined;
  /** What the last request achieved, when it says so (a new code sent); cleared when the next one starts. */
  readonly notice: string | undefined;
  /** Creates the account; moves to the `code` step when Cognito asks for one. */
  readonly submitDetails: (details: SignUpDetails) => void;
  /** Confirms the account with the emailed code (in the `code` step only). */
  readonly confirm: (code: string) => void;
  /** Asks Cognito to email a new code (in the `code` step only). */
  readonly resend: () => void;
}

/**
 * The two steps of a sign-up with Amplify Auth: the details, then the emailed code, starting at the code
 * when the URL asks to confirm an address (`/signup?confirm=<email>`). Once confirmed the user is signed in
 * and sent to the catalog, or sent to sign in when the password is not at hand (or Cognito asks for more).
 */
export function useSignUp(): SignUp {
  const auth = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const confirming = params.get('confirm');
  const [step, setStep] = useState<SignUpStep>(
    confirming ? { name: 'code', email: confirming } : { name: 'details' },
  );
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState<string>();

  const run = (attempt: () => Promise<void>): void => {
    setPending(true);
    setError(undefined);
    setNotice(undefined);
    attempt()
      .catch((failure: unknown) => setError(apiErrorOf(failure)))
      .finally(() => setPending(false));
  };

  async function finish(email: string, password: string | undefined): Promise<void> {
    if (password === undefined) {
      await navigate('/signin', { state: { notice: `Your account ${email} is confirmed: sign in.` } });
      return;
    }
    const outcome = await auth.signIn(email, password);
    await navigate(outcome.step === 'done' ? '/' : '/signin', { replace: true });
  }

  const submitDetails = ({ email, name, password }: SignUpDetails): void =>
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

  const confirm = (code: string): void => {
    if (step.name !== 'code') return;
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

  return { step, pending, error, notice, submitDetails, confirm, resend };
}
