import { describe, expect, it } from 'vitest';
import type { ApiError } from './ApiError.js';
import { errorTypeOf } from './errorTypeOf.js';

const withCode = (code: string | null): ApiError => ({ code, message: 'm', field: null, info: null });

describe('errorTypeOf', () => {
  it("reads each of the API's errorTypes", () => {
    for (const code of [
      'Unauthorized',
      'ValidationError',
      'NotFound',
      'OutOfStock',
      'PromoCodeInvalid',
      'InvalidStateTransition',
      'Conflict',
    ])
      expect(errorTypeOf(withCode(code))).toBe(code);
  });

  it('is null for no error, no code, and codes that are not the API’s', () => {
    expect(errorTypeOf(undefined)).toBeNull();
    expect(errorTypeOf(null)).toBeNull();
    expect(errorTypeOf(withCode(null))).toBeNull();
    expect(errorTypeOf(withCode('UnauthorizedException'))).toBeNull();
    expect(errorTypeOf(withCode('NotAuthorizedException'))).toBeNull();
    expect(errorTypeOf(withCode('conflict'))).toBeNull();
    expect(errorTypeOf(withCode('toString'))).toBeNull();
  });
});
