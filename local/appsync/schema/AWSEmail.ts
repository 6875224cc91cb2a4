import { isRfc822Address } from './isRfc822Address.js';
import { stringScalar } from './stringScalar.js';

/**
 * `AWSEmail`: an email address `local-part@domain-part` as defined by RFC 822, e.g.
 * `example@example.com` (https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html).
 */
export const AWSEmail = stringScalar({
  name: 'AWSEmail',
  description: 'An email address in the format `local-part@domain-part` as defined by RFC 822.',
  noun: 'email address',
  isValid: isRfc822Address,
});
