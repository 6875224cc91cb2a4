/** A sign-in with email and password against a user pool app client. */
export interface PasswordSignIn {
  /** The user pool's endpoint (`userPoolEndpoint` of `/config.json`). */
  readonly endpoint: string;
  readonly clientId: string;
  readonly email: string;
  readonly password: string;
}

/** The tokens of a successful sign-in. */
export interface SignedIn {
  readonly idToken: string;
  readonly accessToken: string;
  readonly refreshToken: string | undefined;
  /** Seconds the id and access tokens hold. */
  readonly expiresIn: number;
}

/** A failed sign-in, with Cognito's error code (`NotAuthorizedException`, ...) and message. */
export class SignInError extends Error {
  override readonly name = 'SignInError';
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The HTTP request of Cognito's `InitiateAuth` with `USER_PASSWORD_AUTH` (the AWS JSON 1.1 protocol). */
export function initiateAuthRequest(signIn: PasswordSignIn): {
  readonly url: string;
  readonly init: RequestInit;
} {
  return {
    url: signIn.endpoint.endsWith('/') ? signIn.endpoint : `${signIn.endpoint}/`,
    init: {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth',
      },
      body: JSON.stringify({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: signIn.clientId,
        AuthParameters: { USERNAME: signIn.email, PASSWORD: signIn.password },
      }),
    },
  };
}

/**
 * Signs in with email and password by a plain `InitiateAuth` call (no Amplify). Resolves to the tokens;
 * rejects with a `SignInError` carrying Cognito's code for a refused sign-in, and for a challenge
 * (`NEW_PASSWORD_REQUIRED`, MFA) the console cannot answer.
 */
export async function initiateAuth(signIn: PasswordSignIn): Promise<SignedIn> {
  const { url, init } = initiateAuthRequest(signIn);
  const response = await fetch(url, init);
  const body = (await response.json().catch(() => ({}))) as {
    readonly __type?: string;
    readonly message?: string;
    readonly ChallengeName?: string;
    readonly AuthenticationResult?: {
      readonly IdToken?: string;
      readonly AccessToken?: string;
      readonly RefreshToken?: string;
      readonly ExpiresIn?: number;
    };
  };
  if (!response.ok) {
    // The JSON protocol may prefix the code with its namespace: `com.amazonaws...#NotAuthorizedException`.
    const code = (body.__type ?? response.headers.get('x-amzn-errortype') ?? 'UnknownError')
      .split('#')
      .pop()!;
    throw new SignInError(code.split(':')[0]!, body.message ?? response.statusText, response.status);
  }
  if (body.ChallengeName)
    throw new SignInError(
      body.ChallengeName,
      `This account must answer the ${body.ChallengeName} challenge first (use the app)`,
      response.status,
    );
  const result = body.AuthenticationResult;
  if (!result?.IdToken || !result.AccessToken)
    throw new SignInError('InvalidResponse', 'Cognito answered without tokens', response.status);
  return {
    idToken: result.IdToken,
    accessToken: result.AccessToken,
    refreshToken: result.RefreshToken,
    expiresIn: result.ExpiresIn ?? 3600,
  };
}
