import type {
  AdminListGroupsForUserRequest,
  AdminListGroupsForUserResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Services } from 'cognito-local/lib/services/index.js';
import { groupToResponseObject } from 'cognito-local/lib/targets/responses.js';
import { AwsError } from '../AwsError.js';
import type { Operation } from './Operation.js';

/**
 * `AdminListGroupsForUser` with the user named as AWS allows: "typically your user's username, but it
 * can be any of their alias attributes" (API reference, `Username`), so the email in this pool, where the
 * username is the `sub`. cognito-local finds the user by the alias but then looks for the name as given
 * among the groups' members, which hold usernames: by email it listed no group (the AWS CLI showed it).
 * `UserNotFoundException` "User does not exist." for an unknown user, as AWS's other admin operations.
 */
export function adminListGroupsForUser({
  cognito,
}: Services): Operation<AdminListGroupsForUserRequest, AdminListGroupsForUserResponse> {
  return async (ctx, input) => {
    const userPool = await cognito.getUserPool(ctx, input.UserPoolId ?? '');
    const user = await userPool.getUserByUsername(ctx, input.Username ?? '');
    if (!user) throw new AwsError('UserNotFoundException', 'User does not exist.');
    const member = await userPool.listUserGroupMembership(ctx, user);
    const groups = (await userPool.listGroups(ctx)).filter((group) => member.includes(group.GroupName));
    return { Groups: groups.map(groupToResponseObject(userPool.options.Id)) };
  };
}
