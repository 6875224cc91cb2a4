import type { SessionUser } from './SessionUser.js';

/** Whether someone is signed in: unknown while Amplify reads its stored session at start. */
export type AuthState =
  | { readonly status: 'loading' }
  | { readonly status: 'signedOut' }
  | { readonly status: 'signedIn'; readonly user: SessionUser };

/**
 * Where a sign-in attempt stands: done, or waiting for the user (an unconfirmed account must enter its
 * emailed code; an account an admin created must choose a new password; any other Cognito step is named).
 */
export type SignInOutcome =
  | { readonly step: 'done' }
  | { readonly step: 'confirmSignUp' }
  | { readonly step: 'newPasswordRequired' }
  | { readonly step: 'unsupported'; readonly name: string };

/** The session and the operations that change it; from `useAuth()`. */
export interface Auth {
  readonly state: AuthState;
  /** Signs in with the flow `/config.json` names; rejects with Cognito's error (wrong password, ...). */
  signIn(email: string, password: string): Promise<SignInOutcome>;
  /** Answers the new-password step of a sign-in. */
  completeNewPassword(password: string): Promise<SignInOutcome>;
  /** Signs out and forgets every cached API answer (admin fields included). */
  signOut(): Promise<void>;
}
