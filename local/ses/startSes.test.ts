import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSes } from './startSes.js';
import type { SesService } from './startSes.js';
import { LOCAL_CREDENTIALS } from '../localAws.js';

const stateDir = mkdtempSync(path.join(tmpdir(), 'shopsync-ses-'));
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

function client(ses: SesService): SESv2Client {
  return new SESv2Client({
    endpoint: ses.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
    // aws-ses-v2-local never answers some unknown actions: never let a test hang on one.
    requestHandler: { requestTimeout: 5000 },
  });
}

const options = { port: 0, stateDir, region: 'us-east-1', accountId: '000000000000' };

describe('SES twin (aws-ses-v2-local)', () => {
  it('takes SESv2 simple and raw emails, shows them in the mailbox, and keeps them across a restart', async () => {
    const ses = await startSes(options);
    const sesClient = client(ses);
    const simple = await sesClient.send(
      new SendEmailCommand({
        FromEmailAddress: 'shop@shopsync.local',
        Destination: { ToAddresses: ['ada@example.com'] },
        Content: {
          Simple: { Subject: { Data: 'Order confirmed' }, Body: { Text: { Data: 'Thanks, Ada.' } } },
        },
      }),
    );
    expect(simple.MessageId).toMatch(/\S+/);
    const raw = [
      'From: shop@shopsync.local',
      'To: grace@example.com',
      'Subject: Low stock',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Only 2 left.',
    ].join('\r\n');
    await sesClient.send(new SendEmailCommand({ Content: { Raw: { Data: Buffer.from(raw) } } }));

    expect(ses.emails().map((email) => email.subject)).toEqual(['Order confirmed', 'Low stock']);
    const page = await fetch(ses.mailboxUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const stored = (await (await fetch(`${ses.endpoint}/store`)).json()) as { emails: { subject: string }[] };
    expect(stored.emails.map((email) => email.subject)).toContain('Order confirmed');
    sesClient.destroy();
    await ses.stop();

    const again = await startSes(options);
    expect(again.emails().map((email) => email.subject)).toEqual(['Order confirmed', 'Low stock']);
    await again.stop();
  });

  it('names its errors in x-amzn-ErrorType, as SESv2 does: BadRequestException for a send without a sender', async () => {
    const ses = await startSes({ ...options, stateDir: undefined });
    const sesClient = client(ses);
    try {
      await expect(
        sesClient.send(
          new SendEmailCommand({
            Destination: { ToAddresses: ['ada@example.com'] },
            Content: { Simple: { Subject: { Data: 'No sender' }, Body: { Text: { Data: '?' } } } },
          }),
        ),
      ).rejects.toMatchObject({ name: 'BadRequestException', $metadata: { httpStatusCode: 400 } });
      expect(ses.emails()).toEqual([]);
    } finally {
      sesClient.destroy();
      await ses.stop();
    }
  });

  it('refuses a port already in use with a clear error', async () => {
    const ses = await startSes({ ...options, stateDir: undefined });
    const port = Number(new URL(ses.endpoint).port);
    await expect(startSes({ ...options, stateDir: undefined, port })).rejects.toThrow(
      `Port ${port} for ses is already in use`,
    );
    await ses.stop();
  });
});
