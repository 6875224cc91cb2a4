import type { AppSyncIdentityCognito } from '@aws-appsync/utils';
import type { Address, User } from '../../schema/generated/types.js';
import { isAdmin } from './identity.js';

/** A profile item of the users table, as the post-confirmation trigger and `updateProfile` write it. */
export interface ProfileItem {
  readonly id: string;
  readonly email: string;
  readonly name?: string | null;
  readonly shippingAddress?: Address | null;
  readonly createdAt: string;
  readonly updatedAt?: string;
}

/** The `User` the API returns for a stored profile; `isAdmin` comes from the caller's token. */
export function toUser(item: ProfileItem, identity: AppSyncIdentityCognito): User {
  return {
    id: item.id,
    email: item.email,
    name: item.name ?? null,
    shippingAddress: item.shippingAddress ?? null,
    isAdmin: isAdmin(identity),
    createdAt: item.createdAt,
  };
}
