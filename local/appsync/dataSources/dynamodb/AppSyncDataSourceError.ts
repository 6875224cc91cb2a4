/** One entry of `cancellationReasons` in a transaction's result: DynamoDB's reason, renamed as AppSync names it. */
export interface CancellationReason {
  /** DynamoDB's code: `None` for an action that did not cause the cancellation, `ConditionalCheckFailed`, ... */
  readonly type: string;
  readonly message: string | null;
  /** The item as it was, when the action asked for it with `returnValuesOnConditionCheckFailure`. */
  readonly item?: unknown;
}

/**
 * A data source's answer that AppSync hands to the response handler as `ctx.error = { message, type }`
 * rather than as a result. `type` is `DynamoDB:<AWS error code>` for an error DynamoDB answered
 * (`DynamoDB:ConditionalCheckFailedException`), `MappingTemplate` for a request object AppSync refuses
 * before calling DynamoDB (aws/aws-appsync-community#93: "Unsupported operation 'X'." has that type).
 * `result` is what AppSync leaves in `ctx.result` beside the error (the transaction results with their
 * `cancellationReasons`), null otherwise.
 */
export class AppSyncDataSourceError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly result: unknown = null,
    readonly cancellationReasons?: readonly CancellationReason[],
  ) {
    super(message);
    this.name = 'AppSyncDataSourceError';
  }
}

/** The error for a request object AppSync would refuse: a missing field, a value of the wrong kind. */
export function mappingTemplateError(message: string): AppSyncDataSourceError {
  return new AppSyncDataSourceError('MappingTemplate', message);
}
