// The order notifications: an `OrderNotifier` made of a signed AppSync publisher, an SES mailer and a
// profile lookup, and the pure emails it sends.
export { AppSyncError } from './AppSyncError.js';
export type { AppSyncErrorEntry } from './AppSyncError.js';
export { createNotifier } from './createNotifier.js';
export type { NotifierDeps } from './createNotifier.js';
export type { Email, EmailContent } from './Email.js';
export { lowStockEmail, orderEmail } from './orderEmails.js';
export { PUBLISH_ORDER_STATUS, publishOrderStatusBody, signedPublisher } from './publishOrderStatus.js';
export type { SignedPublisherOptions, SigningCredentials } from './publishOrderStatus.js';
export { shopperAddress } from './recipients.js';
export type { Recipient } from './recipients.js';
export { sesMailer } from './sesMailer.js';
