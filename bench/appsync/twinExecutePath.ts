import type { CognitoIdentity } from '../../local/appsync/auth/index.js';
import type { Twin } from '../../local/twin.js';
import { answersMe } from './answersMe.js';
import type { GraphqlPath } from './GraphqlPath.js';

/**
 * The AppSync twin's engine called in-process (`twin.appsync.execute`) as an already authorized Cognito
 * caller: parse, validate, field auth, Query.me in its sandbox, GetItem through the DynamoDB twin.
 * No HTTP in front of it and no JWT verification.
 */
export function twinExecutePath(twin: Twin, query: string, identity: CognitoIdentity): GraphqlPath {
  const auth = { mode: 'AMAZON_COGNITO_USER_POOLS', identity } as const;
  return {
    label: 'twin execute() in-process',
    call: async () => answersMe(await twin.appsync.execute({ query }, auth, {}), identity.sub),
  };
}
