import type { InitiateAuthRequest, InitiateAuthResponse } from '@aws-sdk/client-cognito-identity-provider';
import type { Services } from 'cognito-local/lib/services/index.js';
import { decodeJwt } from 'jose';
import { AwsError } from '../AwsError.js';
import type { Operation } from './Operation.js';
import { refreshError } from './refreshError.js';
import { signInError } from './signInError.js';

/** What `InitiateAuth` and `AdminInitiateAuth` share (the latter adds `UserPoolId`). */
type AuthRequest = Pick<InitiateAuthRequest, 'AuthFlow' | 'AuthParameters' | 'ClientId' | 'ClientMetadata'>;

const REFRESH_FLOWS: readonly string[] = ['REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN'];

/**
 * `InitiateAuth` / `AdminInitiateAuth` over cognito-local's, made to answer like AWS:
 * - `USER_SRP_AUTH` (Amplify's default) answers `UnsupportedOperationException` at once, naming the flow
 *   to use instead; cognito-local answers HTTP 500, which clients retry before failing.
 * - a flow the app client does not allow answers `InvalidParameterException` "<flow> flow not enabled
 *   for this client".
 * - a wrong password or an unknown user answers `NotAuthorizedException` "Incorrect username or
 *   password."; an unknown refresh token `NotAuthorizedException` "Invalid Refresh Token".
 * - tokens come with `ExpiresIn` (seconds, from the access token) and `TokenType: "Bearer"`.
 */
export function initiateAuth<Input extends AuthRequest>(
  services: Services,
  base: Operation<Input, InitiateAuthResponse>,
): Operation<Input, InitiateAuthResponse> {
  return async (ctx, input) => {
    const flow = input.AuthFlow ?? '';
    if (flow === 'USER_SRP_AUTH') {
      throw new AwsError(
        'UnsupportedOperationException',
        'USER_SRP_AUTH is not supported by the local Cognito twin (cognito-local): sign in with ' +
          "USER_PASSWORD_AUTH (Amplify: signIn({ ..., options: { authFlowType: 'USER_PASSWORD_AUTH' } }))",
      );
    }
    const client = input.ClientId ? await services.cognito.getAppClient(ctx, input.ClientId) : null;
    const allowed = client?.ExplicitAuthFlows ?? [];
    const needed = REFRESH_FLOWS.includes(flow) ? 'ALLOW_REFRESH_TOKEN_AUTH' : `ALLOW_${flow}`;
    if (allowed.length > 0 && !allowed.includes(needed)) {
      throw new AwsError('InvalidParameterException', `${flow} flow not enabled for this client`);
    }
    try {
      return withTokenDetails(await base(ctx, input));
    } catch (error) {
      throw REFRESH_FLOWS.includes(flow) ? refreshError(error) : signInError(error);
    }
  };
}

function withTokenDetails(response: InitiateAuthResponse): InitiateAuthResponse {
  const tokens = response.AuthenticationResult;
  if (!tokens?.AccessToken) return response;
  const { exp, iat } = decodeJwt(tokens.AccessToken);
  return {
    ...response,
    AuthenticationResult: { ...tokens, ExpiresIn: (exp ?? 0) - (iat ?? 0), TokenType: 'Bearer' },
  };
}
