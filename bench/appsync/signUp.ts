import {
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Twin } from '../../local/twin.js';
import { clientConfig } from '../twin/clientConfig.js';

/** A user signed up through the twin's Cognito, with the id token the app would send. */
export interface SignedUpUser {
  readonly sub: string;
  readonly email: string;
  readonly idToken: string;
}

/**
 * Signs `email` up the way the app does: SignUp, the code from the SES twin's mailbox, ConfirmSignUp
 * (whose post-confirmation trigger writes the profile to `users`), then USER_PASSWORD_AUTH.
 */
export async function signUp(twin: Twin, email: string): Promise<SignedUpUser> {
  const cognito = new CognitoIdentityProviderClient(clientConfig(twin.services.cognito.endpoint));
  const clientId = twin.config.userPoolClientId;
  const password = 'Bench-Password-42';
  try {
    const { UserSub } = await cognito.send(
      new SignUpCommand({
        ClientId: clientId,
        Username: email,
        Password: password,
        UserAttributes: [{ Name: 'email', Value: email }],
      }),
    );
    const mail = twin.services.ses.emails().find((message) => message.destination.to.includes(email));
    const code = /(\d{6})/.exec(mail?.body.text ?? '')?.[1];
    if (!UserSub || !code) throw new Error(`Sign-up of ${email} gave no sub or no confirmation code`);
    await cognito.send(
      new ConfirmSignUpCommand({ ClientId: clientId, Username: email, ConfirmationCode: code }),
    );
    const auth = await cognito.send(
      new InitiateAuthCommand({
        ClientId: clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email, PASSWORD: password },
      }),
    );
    const idToken = auth.AuthenticationResult?.IdToken;
    if (!idToken) throw new Error(`InitiateAuth of ${email} gave no IdToken`);
    return { sub: UserSub, email, idToken };
  } finally {
    cognito.destroy();
  }
}
