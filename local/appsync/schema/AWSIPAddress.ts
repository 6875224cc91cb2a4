import { isAwsIpAddress } from './isAwsIpAddress.js';
import { stringScalar } from './stringScalar.js';

/**
 * `AWSIPAddress`: an IPv4 (`123.12.34.56`) or IPv6 (`1a2b:3c4b::1234:4567`) address, optionally with a
 * CIDR suffix (`123.45.67.89/16`) (https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html).
 */
export const AWSIPAddress = stringScalar({
  name: 'AWSIPAddress',
  description: 'A valid IPv4 or IPv6 address, optionally with a CIDR suffix.',
  noun: 'IP address',
  isValid: isAwsIpAddress,
});
