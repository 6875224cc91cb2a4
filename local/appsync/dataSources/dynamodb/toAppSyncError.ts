import { DynamoDBServiceException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { AppSyncDataSourceError } from './AppSyncDataSourceError.js';
import type { CancellationReason } from './AppSyncDataSourceError.js';
import { fromSdkItem } from './fromSdkItem.js';

/**
 * What AppSync makes of an error DynamoDB answered: type `DynamoDB:<code>` and DynamoDB's message with
 * the service, status and request id appended, as AppSync words it (recorded in
 * aws/aws-appsync-community#343: `The conditional request failed (Service: DynamoDb, Status Code: 400,
 * Request ID: 3S...)`, type `DynamoDB:ConditionalCheckFailedException`). A transaction's cancellation also
 * carries its reasons, and `result` holds `{ [resultField]: null, cancellationReasons }` as AppSync's
 * transaction reference describes. Anything else (the network, a bug) is returned as it is, for the
 * caller to rethrow: a fault of a dependency is surfaced, not dressed as a data source answer.
 */
export function toAppSyncError(error: unknown, resultField?: 'items' | 'keys'): unknown {
  if (!(error instanceof DynamoDBServiceException)) return error;
  const status = error.$metadata.httpStatusCode ?? 400;
  const message = `${error.message} (Service: DynamoDb, Status Code: ${status}, Request ID: ${error.$metadata.requestId ?? 'null'})`;
  const type = `DynamoDB:${error.name}`;
  if (error instanceof TransactionCanceledException && resultField !== undefined) {
    const reasons: CancellationReason[] = (error.CancellationReasons ?? []).map((reason) => ({
      type: reason.Code ?? 'None',
      message: reason.Message ?? null,
      ...(reason.Item !== undefined && { item: fromSdkItem(reason.Item) }),
    }));
    return new AppSyncDataSourceError(
      type,
      message,
      { [resultField]: null, cancellationReasons: reasons },
      reasons,
    );
  }
  return new AppSyncDataSourceError(type, message);
}
