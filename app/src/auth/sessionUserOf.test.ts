import { describe, expect, it } from 'vitest';
import { sessionUserOf } from './sessionUserOf.js';

describe('sessionUserOf', () => {
  it('reads the admin from cognito:groups', () => {
    expect(
      sessionUserOf({
        sub: 'u-1',
        email: 'admin@example.com',
        name: 'Ada',
        'cognito:groups': ['admins', 'staff'],
        token_use: 'id',
      }),
    ).toEqual({
      id: 'u-1',
      email: 'admin@example.com',
      name: 'Ada',
      groups: ['admins', 'staff'],
      isAdmin: true,
    });
  });

  it('reads a shopper in no group, without a name', () => {
    expect(sessionUserOf({ sub: 'u-2', email: 'shopper@example.com' })).toEqual({
      id: 'u-2',
      email: 'shopper@example.com',
      name: null,
      groups: [],
      isAdmin: false,
    });
  });

  it('ignores malformed groups', () => {
    expect(sessionUserOf({ sub: 'u-3', 'cognito:groups': 'admins' }).isAdmin).toBe(false);
    expect(sessionUserOf({ sub: 'u-3', 'cognito:groups': [1, 'admins'] }).groups).toEqual(['admins']);
  });
});
