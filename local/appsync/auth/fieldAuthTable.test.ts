import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { awsDeclarations } from '../../../schema/loadSchema.js';
import type { ApiAuthModes } from './AuthMode.js';
import { fieldAuthTable } from './fieldAuthTable.js';
import { isAuthorized } from './isAuthorized.js';
import type { Caller } from './isAuthorized.js';

const schemaOf = (sdl: string) => buildSchema(`${awsDeclarations()}\n${sdl}`);

const guest: Caller = { mode: 'API_KEY', groups: [] };
const user: Caller = { mode: 'AMAZON_COGNITO_USER_POOLS', groups: [] };
const admin: Caller = { mode: 'AMAZON_COGNITO_USER_POOLS', groups: ['admins'] };
const editor: Caller = { mode: 'AMAZON_COGNITO_USER_POOLS', groups: ['editors'] };
const backend: Caller = { mode: 'AWS_IAM', groups: [] };
const oidc: Caller = { mode: 'OPENID_CONNECT', groups: [] };

const multiAuth: ApiAuthModes = {
  defaultMode: 'AMAZON_COGNITO_USER_POOLS',
  additionalModes: ['API_KEY', 'AWS_IAM'],
  defaultAction: 'ALLOW',
};

const sdl = /* GraphQL */ `
  type Query {
    open: Post
    keyed: Post @aws_api_key
    staff: String @aws_cognito_user_pools(cognito_groups: ["admins", "editors"])
    legacy: String @aws_auth(cognito_groups: ["admins"])
    federated: String @aws_oidc @aws_lambda
  }
  type Post @aws_api_key @aws_iam {
    title: String
    secret: String @aws_cognito_user_pools(cognito_groups: ["admins"])
    plain: Author
  }
  type Author {
    name: String
    nested: String @aws_auth(cognito_groups: ["admins"])
  }
`;

describe('fieldAuthTable + isAuthorized (AppSync directive rules, security-authz "additional authorization modes")', () => {
  const table = fieldAuthTable(schemaOf(sdl), multiAuth);
  const allowed = (type: string, field: string, caller: Caller) => isAuthorized(table, type, field, caller);

  it('opens a field and type without directives to the default mode only (defaultAction ALLOW: any user)', () => {
    expect([guest, user, admin, backend].map((caller) => allowed('Query', 'open', caller))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(allowed('Author', 'name', user)).toBe(true);
    expect(allowed('Author', 'name', guest)).toBe(false);
  });

  it('lets a field directive replace the default mode (no implied Cognito once a directive is present)', () => {
    expect(allowed('Query', 'keyed', guest)).toBe(true);
    expect(allowed('Query', 'keyed', user)).toBe(false);
  });

  it('applies type directives to fields without their own, and field directives instead of the type ones', () => {
    expect([guest, backend, user].map((caller) => allowed('Post', 'title', caller))).toEqual([
      true,
      true,
      false,
    ]);
    expect([guest, backend, user, admin].map((caller) => allowed('Post', 'secret', caller))).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });

  it('does not carry a type directive to the types its fields return (aws/aws-appsync-community#266)', () => {
    expect(allowed('Post', 'plain', guest)).toBe(true);
    expect(allowed('Author', 'name', guest)).toBe(false);
  });

  it('admits a member of any one listed group (localstack/localstack#7476)', () => {
    expect([user, admin, editor].map((caller) => allowed('Query', 'staff', caller))).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('ignores @aws_auth on a multi-auth API: the field falls back to the default mode', () => {
    expect(allowed('Query', 'legacy', user)).toBe(true);
    expect(allowed('Query', 'legacy', guest)).toBe(false);
  });

  it('grants @aws_oidc and @aws_lambda to those modes only', () => {
    expect([oidc, user, guest].map((caller) => allowed('Query', 'federated', caller))).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('closes fields without directives to Cognito users when defaultAction is DENY', () => {
    const denying = fieldAuthTable(schemaOf(sdl), { ...multiAuth, defaultAction: 'DENY' });
    expect(isAuthorized(denying, 'Query', 'open', admin)).toBe(false);
    expect(isAuthorized(denying, 'Query', 'staff', admin)).toBe(true);
  });

  it('honours @aws_auth on root fields only, when Cognito is the sole mode (aws-appsync-community#275)', () => {
    const single = fieldAuthTable(schemaOf(sdl), {
      defaultMode: 'AMAZON_COGNITO_USER_POOLS',
      additionalModes: [],
    });
    expect(isAuthorized(single, 'Query', 'legacy', user)).toBe(false);
    expect(isAuthorized(single, 'Query', 'legacy', admin)).toBe(true);
    expect(isAuthorized(single, 'Author', 'nested', user)).toBe(true);
  });

  it('uses the default mode of the API, whatever it is', () => {
    const keyDefault = fieldAuthTable(schemaOf(sdl), {
      defaultMode: 'API_KEY',
      additionalModes: ['AWS_IAM'],
    });
    expect(isAuthorized(keyDefault, 'Author', 'name', guest)).toBe(true);
    expect(isAuthorized(keyDefault, 'Author', 'name', backend)).toBe(false);
  });

  it('opens meta fields to everyone and rejects fields the schema does not have', () => {
    expect(allowed('Post', '__typename', guest)).toBe(true);
    expect(() => allowed('Post', 'missing', guest)).toThrow('no field Post.missing');
  });
});
