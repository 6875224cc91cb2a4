import type {
  ResendConfirmationCodeRequest,
  ResendConfirmationCodeResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Services } from 'cognito-local/lib/services/index.js';
import { attributeValue } from 'cognito-local/lib/services/userPoolService.js';
import { AwsError } from '../AwsError.js';
import type { Operation } from './Operation.js';

/**
 * `ResendConfirmationCode`, which cognito-local lacks (Amplify's `resendSignUpCode`): a new code
 * replaces the pending one and is sent to the user's email. `InvalidParameterException` "User is already
 * confirmed." once confirmed; `UserNotFoundException` for an unknown user.
 */
export function resendConfirmationCode({
  clock,
  cognito,
  messages,
  otp,
}: Services): Operation<ResendConfirmationCodeRequest, ResendConfirmationCodeResponse> {
  return async (ctx, input) => {
    const userPool = await cognito.getUserPoolForClientId(ctx, input.ClientId ?? '');
    const user = await userPool.getUserByUsername(ctx, input.Username ?? '');
    if (!user) throw new AwsError('UserNotFoundException', 'Username/client id combination not found.');
    if (user.UserStatus !== 'UNCONFIRMED')
      throw new AwsError('InvalidParameterException', 'User is already confirmed.');
    const email = attributeValue('email', user.Attributes);
    if (!email) throw new AwsError('InvalidParameterException', 'User has no email to send a code to.');
    const details = { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: email } as const;
    const code = otp();
    await messages.deliver(
      ctx,
      'ResendCode',
      input.ClientId ?? null,
      userPool.options.Id,
      user,
      code,
      input.ClientMetadata,
      details,
    );
    await userPool.saveUser(ctx, { ...user, ConfirmationCode: code, UserLastModifiedDate: clock.get() });
    return { CodeDeliveryDetails: details };
  };
}
