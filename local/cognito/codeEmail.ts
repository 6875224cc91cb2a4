import type { CodePurpose } from './codeMessages.js';

/**
 * The email Cognito sends with a code, in the shop's words (Cognito's default message templates, as the
 * user pool on AWS configures them): the temporary password of an account an admin created, a password
 * reset code, or the verification code of a sign-up.
 */
export function codeEmail(
  purpose: CodePurpose,
  code: string,
): { readonly subject: string; readonly text: string } {
  switch (purpose) {
    case 'AdminCreateUser':
      return { subject: 'Your ShopSync account', text: `Your temporary ShopSync password is ${code}` };
    case 'ForgotPassword':
      return {
        subject: 'Reset your ShopSync password',
        text: `Your ShopSync password reset code is ${code}`,
      };
    default:
      return {
        subject: 'Your ShopSync verification code',
        text: `Your ShopSync verification code is ${code}`,
      };
  }
}
