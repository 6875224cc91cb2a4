import type {
  AdminCreateUserRequest,
  AdminInitiateAuthRequest,
  AdminSetUserPasswordRequest,
  AdminUpdateUserAttributesRequest,
  ChangePasswordRequest,
  ConfirmForgotPasswordRequest,
  InitiateAuthRequest,
  InitiateAuthResponse,
  RespondToAuthChallengeRequest,
  SignUpRequest,
  UpdateUserAttributesRequest,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Services } from 'cognito-local/lib/services/index.js';
import { Targets } from 'cognito-local/lib/targets/targets.js';
import { adminListGroupsForUser } from './adminListGroupsForUser.js';
import { confirmSignUp } from './confirmSignUp.js';
import { enforcePasswordPolicy } from './enforcePasswordPolicy.js';
import { enforceUniqueEmail } from './enforceUniqueEmail.js';
import { getTokensFromRefreshToken } from './getTokensFromRefreshToken.js';
import { initiateAuth } from './initiateAuth.js';
import type { Operation } from './Operation.js';
import { resendConfirmationCode } from './resendConfirmationCode.js';

/**
 * Every operation the Cognito twin answers, by the name in `x-amz-target`: cognito-local's 50 targets,
 * with these changed or added so that they answer like AWS (each module says how):
 * `InitiateAuth`, `AdminInitiateAuth` (sign-in errors, SRP, allowed flows), `GetTokensFromRefreshToken`
 * and `ResendConfirmationCode` (missing), `ConfirmSignUp` (email verification, failing trigger), and the
 * password policy on `SignUp`, `AdminCreateUser`, `AdminSetUserPassword`, `ChangePassword`,
 * `ConfirmForgotPassword` and `RespondToAuthChallenge`, unique emails on `UpdateUserAttributes` and
 * `AdminUpdateUserAttributes`, and `AdminListGroupsForUser` (a user named by email).
 */
export function cognitoOperations(services: Services): ReadonlyMap<string, Operation> {
  const engine = new Map<string, Operation>(
    Object.entries(Targets).map(([name, target]) => [
      name,
      (target as (services: Services) => Operation)(services),
    ]),
  );
  // cognito-local's own target, typed with the AWS SDK's input and output of the operation.
  const own = <Input, Output extends object = object>(name: string): Operation<Input, Output> => {
    const operation = engine.get(name);
    if (!operation) throw new Error(`cognito-local has no ${name} target`);
    return operation as Operation<Input, Output>;
  };
  const signIn = initiateAuth(services, own<InitiateAuthRequest, InitiateAuthResponse>('InitiateAuth'));
  const overrides: Readonly<Record<string, Operation>> = {
    InitiateAuth: signIn,
    AdminInitiateAuth: initiateAuth(
      services,
      own<AdminInitiateAuthRequest, InitiateAuthResponse>('AdminInitiateAuth'),
    ),
    GetTokensFromRefreshToken: getTokensFromRefreshToken(signIn),
    ConfirmSignUp: confirmSignUp(services),
    ResendConfirmationCode: resendConfirmationCode(services),
    AdminListGroupsForUser: adminListGroupsForUser(services),
    SignUp: enforcePasswordPolicy(services, own<SignUpRequest>('SignUp'), (input) => ({
      password: input.Password,
      clientId: input.ClientId,
    })),
    AdminCreateUser: enforcePasswordPolicy(
      services,
      own<AdminCreateUserRequest>('AdminCreateUser'),
      (input) => ({
        password: input.TemporaryPassword,
        userPoolId: input.UserPoolId,
      }),
    ),
    AdminSetUserPassword: enforcePasswordPolicy(
      services,
      own<AdminSetUserPasswordRequest>('AdminSetUserPassword'),
      (input) => ({ password: input.Password, userPoolId: input.UserPoolId }),
    ),
    ChangePassword: enforcePasswordPolicy(
      services,
      own<ChangePasswordRequest>('ChangePassword'),
      (input) => ({
        password: input.ProposedPassword,
        accessToken: input.AccessToken,
      }),
    ),
    ConfirmForgotPassword: enforcePasswordPolicy(
      services,
      own<ConfirmForgotPasswordRequest>('ConfirmForgotPassword'),
      (input) => ({ password: input.Password, clientId: input.ClientId }),
    ),
    RespondToAuthChallenge: enforcePasswordPolicy(
      services,
      own<RespondToAuthChallengeRequest>('RespondToAuthChallenge'),
      (input) => ({ password: input.ChallengeResponses?.NEW_PASSWORD, clientId: input.ClientId }),
    ),
    UpdateUserAttributes: enforceUniqueEmail(
      services,
      own<UpdateUserAttributesRequest>('UpdateUserAttributes'),
      (input) => ({ attributes: input.UserAttributes, accessToken: input.AccessToken }),
    ),
    AdminUpdateUserAttributes: enforceUniqueEmail(
      services,
      own<AdminUpdateUserAttributesRequest>('AdminUpdateUserAttributes'),
      (input) => ({
        attributes: input.UserAttributes,
        userPoolId: input.UserPoolId,
        username: input.Username,
      }),
    ),
  };
  return new Map([...engine, ...Object.entries(overrides)]);
}
