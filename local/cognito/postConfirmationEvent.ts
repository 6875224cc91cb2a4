import type { PostConfirmationTriggerEvent } from 'aws-lambda';

/** What a confirmation tells the post-confirmation trigger, as cognito-local's targets report it. */
export interface PostConfirmation {
  readonly source: PostConfirmationTriggerEvent['triggerSource'];
  /** The app client of the call; `null` for the admin operations (`AdminConfirmSignUp`). */
  readonly clientId: string | null;
  readonly clientMetadata?: Readonly<Record<string, string>>;
  readonly userAttributes: readonly { readonly Name: string; readonly Value?: string }[];
  /** The user's `Username`: the `sub` in a pool whose users sign in with their email. */
  readonly username: string;
  readonly userPoolId: string;
}

/**
 * The event Cognito sends a post-confirmation Lambda function, as its developer guide documents it: the
 * common trigger parameters (version `1`, the pool's region and id, `userName`, `callerContext`) plus
 * `request.userAttributes` as a string map and `clientMetadata` when the call gave some. Admin calls
 * carry `callerContext.clientId` = `CLIENT_ID_NOT_APPLICABLE`.
 */
export function postConfirmationEvent(
  confirmation: PostConfirmation,
  region: string,
): PostConfirmationTriggerEvent {
  const userAttributes: Record<string, string> = {};
  for (const { Name, Value } of confirmation.userAttributes)
    if (Value !== undefined) userAttributes[Name] = Value;
  return {
    version: '1',
    region,
    userPoolId: confirmation.userPoolId,
    userName: confirmation.username,
    callerContext: {
      // What AWS sends when the call did not come from an identified AWS SDK.
      awsSdkVersion: 'aws-sdk-unknown-unknown',
      clientId: confirmation.clientId ?? 'CLIENT_ID_NOT_APPLICABLE',
    },
    triggerSource: confirmation.source,
    request: {
      userAttributes,
      ...(confirmation.clientMetadata ? { clientMetadata: { ...confirmation.clientMetadata } } : {}),
    },
    response: {},
  };
}
