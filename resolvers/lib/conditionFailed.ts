import type { Context } from '@aws-appsync/utils';

/** Whether the step's DynamoDB request failed on its condition (`DynamoDB:ConditionalCheckFailedException`). */
export function conditionFailed(ctx: Context): boolean {
  return !!ctx.error && ctx.error.type === 'DynamoDB:ConditionalCheckFailedException';
}
