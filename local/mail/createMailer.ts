import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { LOCAL_CREDENTIALS } from '../localAws.js';

/** Sends plain-text email through the SES twin, as the other twins' own mail (codes, SNS) goes out. */
export interface Mailer {
  send(to: string, subject: string, text: string, from?: string): Promise<void>;
  destroy(): void;
}

/** A mailer of the SES twin at `endpoint`, sending from `defaultFrom` unless a call names another sender. */
export function createMailer(options: {
  readonly endpoint: string;
  readonly region: string;
  readonly defaultFrom: string;
}): Mailer {
  const client = new SESv2Client({
    endpoint: options.endpoint,
    region: options.region,
    credentials: LOCAL_CREDENTIALS,
  });
  return {
    send: async (to, subject, text, from = options.defaultFrom) => {
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: from,
          Destination: { ToAddresses: [to] },
          Content: { Simple: { Subject: { Data: subject }, Body: { Text: { Data: text } } } },
        }),
      );
    },
    destroy: () => client.destroy(),
  };
}
