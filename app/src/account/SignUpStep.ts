/**
 * Where a sign-up stands: entering the account's details, or entering the code Cognito emailed to
 * `destination` (Cognito's masked address; absent when the user came back later with `?confirm=<email>`).
 */
export type SignUpStep =
  | { readonly name: 'details' }
  /** The password is kept only to sign in right after the code is confirmed. */
  | {
      readonly name: 'code';
      readonly email: string;
      readonly password?: string;
      readonly destination?: string;
    };
