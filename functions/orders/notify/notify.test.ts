// The notifier's effects against the whole local twin, with the credentials and endpoints a Lambda
// function of the twin gets (`twin.awsEnvironment`): the signed publisher through AppSync's IAM mode to
// an `onOrderStatusChanged` subscriber, the SES mailer into the SES twin's mailbox, the profile lookup
// in the users table, and the notifier made of the three.
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Order, OrderStatusEvent } from '../../../schema/generated/types.js';
import { RealtimeTestClient } from '../../../test/support/RealtimeTestClient.js';
import { startShopTwin } from '../../../test/support/shopTwin.js';
import type { ShopTwin } from '../../../test/support/shopTwin.js';
import { signUpUser } from '../../../test/support/twinClients.js';
import type { SignedUpUser } from '../../../test/support/twinClients.js';
import { AppSyncError } from './AppSyncError.js';
import { createNotifier } from './createNotifier.js';
import { signedPublisher } from './publishOrderStatus.js';
import { shopperAddress } from './recipients.js';
import { sesMailer } from './sesMailer.js';

const SUBSCRIPTION = `subscription ($orderId: ID) {
  onOrderStatusChanged(orderId: $orderId) { orderId userId status reason at }
}`;

/** An email as the SES twin's mailbox page reads it from `<mailboxUrl>store`. */
interface MailboxEmail {
  readonly from: string;
  readonly destination: { readonly to: readonly string[] };
  readonly subject: string;
  readonly body: { readonly text?: string; readonly html?: string };
}

describe('order notifications through the whole twin', () => {
  let shopTwin: ShopTwin;
  /** A shopper signed up as in the app: the post-confirmation trigger stored their profile. */
  let cleo: SignedUpUser;
  let env: Readonly<Record<string, string>>;
  const clients: RealtimeTestClient[] = [];
  let ses: SESv2Client;

  /** The credentials a function of the twin finds in its environment. */
  const lambdaCredentials = () => ({
    accessKeyId: env.AWS_ACCESS_KEY_ID!,
    secretAccessKey: env.AWS_SECRET_ACCESS_KEY!,
  });
  const publisher = (credentials = lambdaCredentials()) =>
    signedPublisher({ graphqlUrl: shopTwin.twin.config.graphqlUrl, region: env.AWS_REGION!, credentials });

  /** Every email in the SES twin's mailbox, read over HTTP as its mailbox page reads it. */
  const mailbox = async (): Promise<readonly MailboxEmail[]> => {
    const response = await fetch(new URL('store', shopTwin.twin.config.mailboxUrl));
    expect(response.status).toBe(200);
    return ((await response.json()) as { emails: MailboxEmail[] }).emails;
  };

  /** A client of the real-time endpoint subscribed, as `user`, to their order status changes. */
  async function subscribe(user: string, id: string): Promise<RealtimeTestClient> {
    const headers = {
      host: new URL(shopTwin.twin.config.graphqlUrl).host,
      Authorization: shopTwin.as(user).authorization!,
    };
    const client = await RealtimeTestClient.connect(shopTwin.twin.config.realtimeUrl, headers);
    clients.push(client);
    expect((await client.init()).type).toBe('connection_ack');
    expect((await client.start(id, SUBSCRIPTION, headers)).type).toBe('start_ack');
    return client;
  }

  /** The next event `client` receives on subscription `id`. */
  const nextEvent = async (client: RealtimeTestClient, id: string): Promise<unknown> => {
    const message = await client.next((received) => received.type === 'data' && received.id === id);
    return (message.payload as { data: { onOrderStatusChanged: unknown } }).data.onOrderStatusChanged;
  };

  const event = (
    orderId: string,
    userId: string,
    extra: Partial<OrderStatusEvent> = {},
  ): OrderStatusEvent => ({
    orderId,
    userId,
    status: 'CONFIRMED',
    reason: null,
    at: '2026-12-06T12:00:00.000Z',
    ...extra,
  });

  beforeAll(async () => {
    shopTwin = await startShopTwin({ admins: ['admin'], shoppers: ['ann'] });
    env = shopTwin.twin.awsEnvironment;
    cleo = await signUpUser(shopTwin.twin, 'cleo@example.com');
    ses = new SESv2Client({
      endpoint: env.AWS_ENDPOINT_URL_SESV2!,
      region: env.AWS_REGION!,
      credentials: lambdaCredentials(),
    });
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    ses?.destroy();
    await shopTwin?.stop();
  });

  describe('signedPublisher', () => {
    it('delivers an event, every field, to the owner’s onOrderStatusChanged subscription', async () => {
      const ann = await subscribe('ann', 'mine');
      const published = event('order-a1', shopTwin.subs.ann!, { status: 'REJECTED', reason: 'OUT_OF_STOCK' });
      await publisher()(published);
      expect(await nextEvent(ann, 'mine')).toEqual(published);

      // A reason left out arrives as null.
      await publisher()(event('order-a2', shopTwin.subs.ann!));
      expect(await nextEvent(ann, 'mine')).toEqual(event('order-a2', shopTwin.subs.ann!));
    });

    it('signs with the function’s own credentials from the provider chain when given none', async () => {
      const ann = await subscribe('ann', 'chain');
      vi.stubEnv('AWS_ACCESS_KEY_ID', env.AWS_ACCESS_KEY_ID);
      vi.stubEnv('AWS_SECRET_ACCESS_KEY', env.AWS_SECRET_ACCESS_KEY);
      vi.stubEnv('AWS_SESSION_TOKEN', undefined);
      try {
        const publish = signedPublisher({
          graphqlUrl: shopTwin.twin.config.graphqlUrl,
          region: env.AWS_REGION!,
        });
        await publish(event('order-chain', shopTwin.subs.ann!, { status: 'SHIPPED' }));
      } finally {
        vi.unstubAllEnvs();
      }
      expect(await nextEvent(ann, 'chain')).toMatchObject({ orderId: 'order-chain', status: 'SHIPPED' });
    });

    it('fails with what AppSync said for a wrong secret or an unknown key, and delivers nothing', async () => {
      const ann = await subscribe('ann', 'refused');
      const badSecret = publisher({ ...lambdaCredentials(), secretAccessKey: 'not-the-secret' });
      const refusal = await badSecret(event('order-bad-secret', shopTwin.subs.ann!)).catch(
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(AppSyncError);
      expect(refusal).toMatchObject({
        operation: 'publishOrderStatus',
        status: 400,
        errors: [{ errorType: 'BadRequestException' }],
      });
      expect((refusal as Error).message).toMatch(
        /^publishOrderStatus: AppSync answered HTTP 400: BadRequestException: The request signature we calculated does not match/,
      );

      const unknownKey = publisher({ accessKeyId: 'AKIAUNKNOWN', secretAccessKey: 'whatever' });
      await expect(unknownKey(event('order-unknown-key', shopTwin.subs.ann!))).rejects.toMatchObject({
        name: 'AppSyncError',
        status: 403,
        errors: [{ errorType: 'UnrecognizedClientException' }],
      });

      // Events arrive in the order published: the next one on this subscription is the one sent after.
      await publisher()(event('order-after-refusals', shopTwin.subs.ann!));
      expect(await nextEvent(ann, 'refused')).toMatchObject({ orderId: 'order-after-refusals' });
    });

    it('fails with the GraphQL error when AppSync runs the mutation and refuses the input', async () => {
      const tooLong = event('order-long-reason', shopTwin.subs.ann!, { reason: 'x'.repeat(501) });
      await expect(publisher()(tooLong)).rejects.toMatchObject({
        name: 'AppSyncError',
        status: 200,
        errors: [{ errorType: 'ValidationError' }],
      });
    });
  });

  describe('sesMailer', () => {
    it('puts one email, text and HTML parts, from MAIL_FROM into the SES twin’s mailbox', async () => {
      const send = sesMailer(ses, 'shop@shopsync.local');
      await send({
        to: 'dora@example.com',
        subject: 'ShopSync: mailer check ✓',
        text: 'Plain part: 2 × Blue mug, €25.80',
        html: '<p>HTML part: 2 × Blue mug, €25.80</p>',
      });
      const mails = (await mailbox()).filter((mail) => mail.subject === 'ShopSync: mailer check ✓');
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({
        from: 'shop@shopsync.local',
        destination: { to: ['dora@example.com'] },
        body: {
          text: 'Plain part: 2 × Blue mug, €25.80',
          html: '<p>HTML part: 2 × Blue mug, €25.80</p>',
        },
      });
    });
  });

  describe('shopperAddress', () => {
    it('reads a signed-up shopper’s profile, with the name once given, and null without a profile', async () => {
      const lookup = shopperAddress(shopTwin.dynamodb, 'users');
      expect(await lookup(cleo.sub)).toEqual({ email: 'cleo@example.com', name: null });

      await shopTwin.ok(
        'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }',
        { authorization: cleo.idToken },
        { input: { name: 'Cleo <Example> & Co' } },
      );
      expect(await lookup(cleo.sub)).toEqual({ email: 'cleo@example.com', name: 'Cleo <Example> & Co' });

      // Personas made by an admin (AdminCreateUser) get no post-confirmation trigger, so no profile.
      expect(await lookup(shopTwin.subs.ann!)).toBeNull();
      expect(await lookup('no-such-user')).toBeNull();
    });
  });

  describe('createNotifier', () => {
    const order = (userId: string, status: Order['status']): Order => ({
      id: `01KDVZ8Q3M7T2B5X9C4N${status.slice(0, 6).padEnd(6, 'X')}`,
      userId,
      status,
      statusReason: null,
      items: [
        {
          productId: 'p-mug',
          sku: 'MUG-1',
          name: 'Blue mug',
          unitPrice: { cents: 1290, currency: 'EUR' },
          quantity: 2,
          lineTotal: { cents: 2580, currency: 'EUR' },
        },
      ],
      subtotal: { cents: 2580, currency: 'EUR' },
      discount: { cents: 0, currency: 'EUR' },
      total: { cents: 2580, currency: 'EUR' },
      promoCode: null,
      shippingAddress: {
        name: 'Cleo',
        line1: '1 Main St',
        line2: null,
        city: 'Berlin',
        postalCode: '10115',
        country: 'DE',
      },
      createdAt: '2026-12-06T12:00:00.000Z',
      updatedAt: '2026-12-06T12:00:00.000Z',
      history: [],
    });
    const logged: string[] = [];
    const notifier = () =>
      createNotifier({
        publish: publisher(),
        send: sesMailer(ses, 'shop@shopsync.local'),
        shopperAddress: shopperAddress(shopTwin.dynamodb, 'users'),
        adminEmail: 'admin@shopsync.local',
        log: (line) => logged.push(line),
      });

    it('emails the owner the email of the order’s status, greeting them by their profile name', async () => {
      const before = (await mailbox()).length;
      await notifier().emailShopper(order(cleo.sub, 'CONFIRMED'));
      const mails = (await mailbox()).slice(before);
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({
        from: 'shop@shopsync.local',
        destination: { to: ['cleo@example.com'] },
        subject: 'ShopSync: order #4NCONFIR confirmed',
      });
      expect(mails[0]!.body.text).toContain('Hello Cleo <Example> & Co,');
      expect(mails[0]!.body.text).toContain('- 2 × Blue mug at €12.90 each: €25.80');
      expect(mails[0]!.body.html).toContain('Hello Cleo &lt;Example&gt; &amp; Co,');
    });

    it('sends nothing for a status without an email, and only logs when the owner has no address', async () => {
      const before = (await mailbox()).length;
      await notifier().emailShopper(order(cleo.sub, 'PENDING'));
      await notifier().emailShopper(order(shopTwin.subs.ann!, 'SHIPPED'));
      expect((await mailbox()).length).toBe(before);
      expect(logged).toEqual([
        `orders: 01KDVZ8Q3M7T2B5X9C4NSHIPPE SHIPPED: no email address stored for user ${shopTwin.subs.ann}`,
      ]);
    });

    it('emails the admins the products that crossed their threshold, and nothing for none', async () => {
      const before = (await mailbox()).length;
      await notifier().emailLowStock([
        { productId: 'p-mug', sku: 'MUG-1', name: 'Blue mug', stock: 1, lowStockThreshold: 3 },
      ]);
      await notifier().emailLowStock([]);
      const mails = (await mailbox()).slice(before);
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({
        destination: { to: ['admin@shopsync.local'] },
        subject: 'ShopSync: 1 product low on stock',
      });
      expect(mails[0]!.body.text).toContain('- Blue mug (SKU MUG-1): 1 in stock, threshold 3');
    });

    it('passes publish through to the signed publisher', async () => {
      const ann = await subscribe('ann', 'notifier');
      await notifier().publish(event('order-notifier', shopTwin.subs.ann!, { status: 'CANCELLED' }));
      expect(await nextEvent(ann, 'notifier')).toMatchObject({
        orderId: 'order-notifier',
        status: 'CANCELLED',
      });
    });
  });
});
