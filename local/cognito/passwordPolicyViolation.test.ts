import { describe, expect, it } from 'vitest';
import { passwordPolicyViolation } from './passwordPolicyViolation.js';

const strict = {
  MinimumLength: 12,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
};

describe('passwordPolicyViolation', () => {
  it('accepts a password that meets every rule', () => {
    expect(passwordPolicyViolation('Correct-Horse-9', strict)).toBeUndefined();
    expect(passwordPolicyViolation('Spaces are 0K too', strict)).toBeUndefined();
  });

  it("names the first rule broken, in Cognito's words", () => {
    const cases: readonly (readonly [string, string])[] = [
      ['Short-1a', 'Password not long enough'],
      ['no-upper-case-1', 'Password must have uppercase characters'],
      ['NO-LOWER-CASE-1', 'Password must have lowercase characters'],
      ['No-Digits-Here', 'Password must have numeric characters'],
      ['NoSymbolsHere123', 'Password must have symbol characters'],
    ];
    for (const [password, reason] of cases) {
      expect(passwordPolicyViolation(password, strict)).toBe(
        `Password did not conform with policy: ${reason}`,
      );
    }
  });

  it('checks only what the policy requires, with 8 characters when it sets no length', () => {
    expect(passwordPolicyViolation('lowercase', {})).toBeUndefined();
    expect(passwordPolicyViolation('seven77', undefined)).toBe(
      'Password did not conform with policy: Password not long enough',
    );
  });
});
