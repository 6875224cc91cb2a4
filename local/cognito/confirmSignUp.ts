import type { ConfirmSignUpRequest, ConfirmSignUpResponse } from '@aws-sdk/client-cognito-identity-provider';
import type { Services } from 'cognito-local/lib/services/index.js';
import { attribute, attributesAppend, attributeValue } from 'cognito-local/lib/services/userPoolService.js';
import { AwsError } from '../AwsError.js';
import type { Operation } from './Operation.js';

/**
 * `ConfirmSignUp` as Cognito does it, in place of cognito-local's: the emailed code confirms the user
 * and verifies the email (`email_verified: "true"`, which cognito-local leaves unset); then the
 * post-confirmation trigger receives the attributes with `cognito:user_status` and, for a verified
 * email, `cognito:email_alias`. A failing trigger fails the call, but the user stays confirmed (as on
 * AWS). Errors: `CodeMismatchException` for a wrong code, `ExpiredCodeException` when no code is
 * pending, `NotAuthorizedException` for a user already confirmed, `UserNotFoundException`.
 */
export function confirmSignUp({
  clock,
  cognito,
  triggers,
}: Services): Operation<ConfirmSignUpRequest, ConfirmSignUpResponse> {
  return async (ctx, input) => {
    const userPool = await cognito.getUserPoolForClientId(ctx, input.ClientId ?? '');
    const user = await userPool.getUserByUsername(ctx, input.Username ?? '');
    if (!user) throw new AwsError('UserNotFoundException', 'Username/client id combination not found.');
    if (user.UserStatus !== 'UNCONFIRMED') {
      throw new AwsError(
        'NotAuthorizedException',
        `User cannot be confirmed. Current status is ${user.UserStatus}`,
      );
    }
    if (!user.ConfirmationCode) {
      throw new AwsError('ExpiredCodeException', 'Invalid code provided, please request a code again.');
    }
    if (user.ConfirmationCode !== input.ConfirmationCode) {
      throw new AwsError('CodeMismatchException', 'Invalid verification code provided, please try again.');
    }
    const email = attributeValue('email', user.Attributes);
    const emailVerified =
      email !== undefined && (userPool.options.AutoVerifiedAttributes ?? []).includes('email');
    const confirmed = {
      ...user,
      Attributes: emailVerified
        ? attributesAppend(user.Attributes, attribute('email_verified', 'true'))
        : user.Attributes,
      UserStatus: 'CONFIRMED',
      ConfirmationCode: undefined,
      UserLastModifiedDate: clock.get(),
    };
    await userPool.saveUser(ctx, confirmed);
    if (triggers.enabled('PostConfirmation')) {
      await triggers.postConfirmation(ctx, {
        source: 'PostConfirmation_ConfirmSignUp',
        clientId: input.ClientId ?? null,
        clientMetadata: input.ClientMetadata,
        username: confirmed.Username,
        userPoolId: userPool.options.Id,
        userAttributes: attributesAppend(
          confirmed.Attributes,
          attribute('cognito:user_status', 'CONFIRMED'),
          attribute('cognito:email_alias', emailVerified ? email : undefined),
        ),
      });
    }
    return {};
  };
}
