import { PublishCommand } from '@aws-sdk/client-sns';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { ReportMessage } from './reportMessage.js';

/**
 * Publishes report messages to the `salesReports` topic, whose email subscription delivers them to the
 * admins (the twin's mailbox locally). A refusal propagates: the report is stored, but the call fails,
 * so a scheduled run is retried (storing again is harmless).
 */
export function snsReportPublisher(
  client: SNSClient,
  topicArn: string,
): (message: ReportMessage) => Promise<void> {
  return async (message) => {
    await client.send(
      new PublishCommand({ TopicArn: topicArn, Subject: message.subject, Message: message.text }),
    );
  };
}
