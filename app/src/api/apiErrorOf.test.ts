import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { apiErrorOf } from './apiErrorOf.js';

describe('apiErrorOf', () => {
  it("reads an AppSync ValidationError's type, message and field", () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'The SKU must be 2 to 40 upper-case letters, digits and hyphens',
          path: ['createProduct'],
          errorType: 'ValidationError',
          errorInfo: { field: 'input.sku' },
        } as never,
      ],
    });
    expect(apiErrorOf(error)).toEqual({
      code: 'ValidationError',
      message: 'The SKU must be 2 to 40 upper-case letters, digits and hyphens',
      field: 'input.sku',
      info: { field: 'input.sku' },
    });
  });

  it("keeps a Conflict's errorInfo, and shows a repeated message once", () => {
    const conflict = {
      message: 'Stale',
      errorType: 'Conflict',
      errorInfo: { expectedVersion: 1, version: 2 },
    };
    const error = new CombinedGraphQLErrors({ data: null, errors: [conflict, conflict] as never[] });
    expect(apiErrorOf(error)).toEqual({
      code: 'Conflict',
      message: 'Stale',
      field: null,
      info: { expectedVersion: 1, version: 2 },
    });
  });

  it("reads the GraphQL errors in an HTTP error's body (AppSync's 401)", () => {
    const bodyText = JSON.stringify({
      errors: [{ errorType: 'UnauthorizedException', message: 'Token expired' }],
    });
    const error = new ServerError('Response not successful', {
      response: new Response(bodyText, { status: 401 }),
      bodyText,
    });
    expect(apiErrorOf(error)).toMatchObject({ code: 'UnauthorizedException', message: 'Token expired' });
    const html = new ServerError('Response not successful', {
      response: new Response('<html>', { status: 502 }),
      bodyText: '<html>',
    });
    expect(apiErrorOf(html)).toEqual({
      code: null,
      message: 'The shop is not answering right now. Please try again in a moment.',
      field: null,
      info: { status: 502 },
    });
  });

  it('names a network failure and a user pool exception', () => {
    expect(apiErrorOf(new TypeError('Failed to fetch'))).toEqual({
      code: null,
      message: 'The shop could not be reached. Check your connection and try again.',
      field: null,
      info: { cause: 'Failed to fetch' },
    });
    const refused = Object.assign(new Error('Incorrect username or password.'), {
      name: 'NotAuthorizedException',
    });
    expect(apiErrorOf(refused)).toMatchObject({
      code: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
    expect(apiErrorOf('odd')).toMatchObject({ code: null, message: 'odd' });
  });
});
