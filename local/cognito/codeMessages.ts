import type { Messages } from 'cognito-local/lib/services/messages.js';
import { AwsError } from '../AwsError.js';

/** Why Cognito sends a code: the `source` of cognito-local's messages (`AdminCreateUser` sends the temporary password). */
export type CodePurpose = Parameters<Messages['deliver']>[1];

/** Sends `code` to `email`, e.g. as an email through the SES twin so that it shows in the mailbox. */
export type DeliverCode = (email: string, code: string, purpose: CodePurpose) => Promise<void>;

/**
 * cognito-local's message delivery, sending each code by email through `deliverCode` (or, without one,
 * as a log line). Codes meant for SMS are logged: the pool has no phone attribute. A failed delivery
 * fails the call with `CodeDeliveryFailureException` (for `SignUp`, before the user is stored).
 */
export function codeMessages(deliverCode: DeliverCode | undefined, log: (line: string) => void): Messages {
  return {
    async deliver(_ctx, source, _clientId, _userPoolId, user, code, _clientMetadata, details) {
      if (details.DeliveryMedium === 'EMAIL' && deliverCode) {
        await deliverCode(details.Destination, code, source).catch((error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          throw new AwsError(
            'CodeDeliveryFailureException',
            `Unable to deliver the code to ${details.Destination}: ${reason}`,
          );
        });
      } else {
        log(
          `cognito: ${source} code for ${user.Username} by ${details.DeliveryMedium} to ${details.Destination}: ${code}`,
        );
      }
    },
  };
}
