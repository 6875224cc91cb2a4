import type { Invocation } from '../Invocation.js';

/** A fresh invocation for tests, as the sandbox's bootstrap creates one per handler call. */
export function testInvocation(
  overrides: Partial<Pick<Invocation, 'authType' | 'typeName' | 'fieldName'>> = {},
): Invocation {
  return {
    authType: 'User Pool Authorization',
    typeName: 'Query',
    fieldName: 'me',
    errors: [],
    invalidations: [],
    cacheEvictions: [],
    ...overrides,
  };
}
