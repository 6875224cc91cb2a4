import type { PostConfirmationTriggerEvent } from 'aws-lambda';

/** A user profile as stored in the users table. `id` is the Cognito `sub`. */
export interface ProfileItem {
  readonly id: string;
  readonly email: string;
  /** Absent until the user gives one (at sign-up or with `updateProfile`). */
  readonly name?: string;
  readonly createdAt: string;
}

/**
 * The profile a confirmed sign-up creates: the email Cognito verified and the name given at sign-up, if
 * any (`User.name` is null until the user sets one). Returns `undefined` for events that do not create
 * a user, such as a confirmed password reset.
 */
export function profileItem(event: PostConfirmationTriggerEvent, now: Date): ProfileItem | undefined {
  if (event.triggerSource !== 'PostConfirmation_ConfirmSignUp') return undefined;
  const attributes = event.request.userAttributes;
  const id = attributes.sub;
  const email = attributes.email;
  if (!id || !email) {
    throw new Error(`Post-confirmation event for ${event.userName} lacks sub or email`);
  }
  const name = attributes.name?.trim();
  return { id, email, ...(name ? { name } : {}), createdAt: now.toISOString() };
}
