import type {
  GetTokensFromRefreshTokenRequest,
  GetTokensFromRefreshTokenResponse,
  InitiateAuthRequest,
  InitiateAuthResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { AwsError } from '../AwsError.js';
import type { Operation } from './Operation.js';

/**
 * `GetTokensFromRefreshToken`, which cognito-local lacks and Amplify (6.15 and later) uses for every
 * token refresh: the `REFRESH_TOKEN_AUTH` flow of `initiateAuth`, so the new tokens carry the user's
 * current groups. Refresh-token rotation is off (as on the deployed client), so the same refresh token
 * is handed back.
 */
export function getTokensFromRefreshToken(
  initiateAuth: Operation<InitiateAuthRequest, InitiateAuthResponse>,
): Operation<GetTokensFromRefreshTokenRequest, GetTokensFromRefreshTokenResponse> {
  return async (ctx, input) => {
    if (!input.RefreshToken) throw new AwsError('InvalidParameterException', 'RefreshToken is required');
    const { AuthenticationResult } = await initiateAuth(ctx, {
      ClientId: input.ClientId,
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      AuthParameters: { REFRESH_TOKEN: input.RefreshToken },
      ClientMetadata: input.ClientMetadata,
    });
    return { AuthenticationResult: { ...AuthenticationResult, RefreshToken: input.RefreshToken } };
  };
}
