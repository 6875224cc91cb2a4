import { SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { Email } from './Email.js';

/**
 * A sender of single emails through SESv2 `SendEmail` (simple content, UTF-8 subject, text and HTML
 * parts), from `from` (`MAIL_FROM`, an identity verified in SES). Resolves once SES has accepted the
 * email; rejects with the SDK's error (after the SDK's own retries of throttling and faults) otherwise.
 *
 * @example
 * const send = sesMailer(new SESv2Client({}), process.env.MAIL_FROM!);
 * await send({ to: 'ann@example.com', subject: 'Hi', text: 'Hello', html: '<p>Hello</p>' });
 */
export function sesMailer(client: SESv2Client, from: string) {
  return async (email: Email): Promise<void> => {
    await client.send(
      new SendEmailCommand({
        FromEmailAddress: from,
        Destination: { ToAddresses: [email.to] },
        Content: {
          Simple: {
            Subject: { Data: email.subject, Charset: 'UTF-8' },
            Body: {
              Text: { Data: email.text, Charset: 'UTF-8' },
              Html: { Data: email.html, Charset: 'UTF-8' },
            },
          },
        },
      }),
    );
  };
}
