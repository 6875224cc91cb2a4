import { isAwsUrl } from './isAwsUrl.js';
import { stringScalar } from './stringScalar.js';

/**
 * `AWSURL`: a URL as defined by RFC 1738, e.g. `https://www.amazon.com/dp/B000NZW3KC/` or
 * `mailto:example@example.com`; it must have a scheme and no `//` in its path
 * (https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html).
 */
export const AWSURL = stringScalar({
  name: 'AWSURL',
  description: 'A URL as defined by RFC 1738, with a scheme and no `//` in its path.',
  noun: 'URL',
  isValid: isAwsUrl,
});
