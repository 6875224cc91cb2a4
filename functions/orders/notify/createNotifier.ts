import type { Order, OrderStatusEvent } from '../../../schema/generated/types.js';
import type { LowStockCrossing, OrderNotifier } from '../OrderEffects.js';
import type { Email } from './Email.js';
import { lowStockEmail, orderEmail } from './orderEmails.js';
import type { Recipient } from './recipients.js';

/** The effects a notifier is made of: one small function per kind of I/O, and where admin mail goes. */
export interface NotifierDeps {
  /** Publishes a status change to subscribers (`signedPublisher`). */
  readonly publish: (event: OrderStatusEvent) => Promise<void>;
  /** Sends one email (`sesMailer`). */
  readonly send: (email: Email) => Promise<void>;
  /** The address of a shopper by user id; null when none is stored (`shopperAddress`). */
  readonly shopperAddress: (userId: string) => Promise<Recipient | null>;
  /** Where low-stock emails go (the admins' address). */
  readonly adminEmail: string;
  readonly log: (line: string) => void;
}

/**
 * The `OrderNotifier` of the order functions: `publish` is `deps.publish`; `emailShopper` sends the
 * email of the order's status (`orderEmail`) to its owner, nothing for a status without one, and only
 * logs when no address is stored for the owner; `emailLowStock` sends one email listing the products to
 * `adminEmail`, nothing for an empty list. Failures of the publisher, the lookup or the mailer propagate
 * (callers log them). Nothing here retries: the DynamoDB and SES clients retry as the AWS SDK does, and
 * the publisher not at all.
 */
export function createNotifier(deps: NotifierDeps): OrderNotifier {
  return {
    publish: (event) => deps.publish(event),
    emailShopper: async (order: Order) => {
      // A status without an email needs no address either (the email is built again with the name).
      if (orderEmail(order) === null) return;
      const recipient = await deps.shopperAddress(order.userId);
      if (recipient === null) {
        deps.log(`orders: ${order.id} ${order.status}: no email address stored for user ${order.userId}`);
        return;
      }
      const content = orderEmail(order, recipient.name);
      if (content) await deps.send({ to: recipient.email, ...content });
    },
    emailLowStock: async (products: readonly LowStockCrossing[]) => {
      const content = lowStockEmail(products);
      if (content) await deps.send({ to: deps.adminEmail, ...content });
    },
  };
}
