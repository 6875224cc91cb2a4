/**
 * What a newcomer enters to create an account: the email and name trimmed ('' for no name), the password
 * as typed.
 */
export interface SignUpDetails {
  readonly email: string;
  readonly name: string;
  readonly password: string;
}
