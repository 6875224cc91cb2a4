import type { PasswordPolicyType } from '@aws-sdk/client-cognito-identity-provider';

// The special characters Cognito counts as symbols (developer guide, "Password requirements").
const SYMBOL = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

/**
 * Why `password` breaks the pool's password policy, in the words of Cognito's `InvalidPasswordException`
 * ("Password did not conform with policy: ..."), or `undefined` when it conforms. The first rule broken
 * is named: length, then upper case, lower case, digits, symbols.
 */
export function passwordPolicyViolation(
  password: string,
  policy: PasswordPolicyType | undefined,
): string | undefined {
  const reason =
    password.length < (policy?.MinimumLength ?? 8)
      ? 'Password not long enough'
      : policy?.RequireUppercase && !/[A-Z]/.test(password)
        ? 'Password must have uppercase characters'
        : policy?.RequireLowercase && !/[a-z]/.test(password)
          ? 'Password must have lowercase characters'
          : policy?.RequireNumbers && !/[0-9]/.test(password)
            ? 'Password must have numeric characters'
            : policy?.RequireSymbols && !SYMBOL.test(password)
              ? 'Password must have symbol characters'
              : undefined;
  return reason && `Password did not conform with policy: ${reason}`;
}
