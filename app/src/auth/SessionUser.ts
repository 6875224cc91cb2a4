/** The signed-in user as the app knows it, from the ID token's claims. */
export interface SessionUser {
  /** The user's id (Cognito `sub`). */
  readonly id: string;
  readonly email: string;
  /** The `name` attribute; null when the user has none. */
  readonly name: string | null;
  /** The Cognito groups (`cognito:groups`). */
  readonly groups: readonly string[];
  /** Member of `admins`: may use the admin area (the API enforces it again on every call). */
  readonly isAdmin: boolean;
}
