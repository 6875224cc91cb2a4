import { Sha256 } from '@aws-crypto/sha256-js';
import {
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Twin } from '../../local/twin.js';
import { LOCAL_CREDENTIALS } from '../../local/localAws.js';

/** The keys every SDK client and signer uses against the twin (it accepts any). */
const CREDENTIALS = LOCAL_CREDENTIALS;

/** The password `signUpUser` gives a user when the caller names none. */
export const DEFAULT_PASSWORD = 'Shopping-Day-42';

/** A user signed up through the twin's Cognito: their `sub` and the id token the app would send. */
export interface SignedUpUser {
  readonly sub: string;
  readonly idToken: string;
}

/** A Cognito client of the twin (us-east-1, `local` credentials); the caller destroys it. */
function cognitoClient(twin: Twin): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    endpoint: twin.services.cognito.endpoint,
    region: 'us-east-1',
    credentials: CREDENTIALS,
  });
}

/** USER_PASSWORD_AUTH through `cognito`; throws when Cognito gives no IdToken. */
async function idTokenOf(
  cognito: CognitoIdentityProviderClient,
  clientId: string,
  email: string,
  password: string,
): Promise<string> {
  const auth = await cognito.send(
    new InitiateAuthCommand({
      ClientId: clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD: password },
    }),
  );
  const idToken = auth.AuthenticationResult?.IdToken;
  if (!idToken) throw new Error(`InitiateAuth of ${email} gave no IdToken`);
  return idToken;
}

/**
 * Signs `email` up the way the app does: SignUp, the six-digit code from the SES twin's mailbox,
 * ConfirmSignUp (whose post-confirmation trigger writes the profile to `users`), then USER_PASSWORD_AUTH.
 * Throws when sign-up gives no sub, no mail carries a code, or sign-in gives no id token.
 */
export async function signUpUser(
  twin: Twin,
  email: string,
  password: string = DEFAULT_PASSWORD,
): Promise<SignedUpUser> {
  const cognito = cognitoClient(twin);
  const clientId = twin.config.userPoolClientId;
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
    return { sub: UserSub, idToken: await idTokenOf(cognito, clientId, email, password) };
  } finally {
    cognito.destroy();
  }
}

/** The id token of an existing, confirmed user of the twin's pool (USER_PASSWORD_AUTH); throws if none. */
export async function signInUser(twin: Twin, email: string, password: string): Promise<string> {
  const cognito = cognitoClient(twin);
  try {
    return await idTokenOf(cognito, twin.config.userPoolClientId, email, password);
  } finally {
    cognito.destroy();
  }
}

/**
 * The headers of a JSON POST of `body` to `url` (e.g. the twin's GraphQL URL, or `/graphql/connect`
 * on its host), SigV4-signed as the AWS SDK and the order functions sign it: service appsync,
 * us-east-1, `local` keys. Includes `host` and `content-type`.
 */
export async function iamSignedHeaders(url: string | URL, body: string): Promise<Record<string, string>> {
  const target = new URL(url);
  const signed = await new SignatureV4({
    service: 'appsync',
    region: 'us-east-1',
    credentials: CREDENTIALS,
    sha256: Sha256,
  }).sign(
    new HttpRequest({
      method: 'POST',
      protocol: target.protocol,
      hostname: target.hostname,
      port: Number(target.port),
      path: target.pathname,
      headers: { host: target.host, 'content-type': 'application/json' },
      body,
    }),
  );
  return signed.headers;
}
