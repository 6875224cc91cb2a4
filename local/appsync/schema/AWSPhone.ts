import { isAwsPhone } from './isAwsPhone.js';
import { stringScalar } from './stringScalar.js';

/**
 * `AWSPhone`: a phone number stored as a string; spaces or hyphens may separate digit groups, and a number
 * without a country code is taken as a US/North American (NANP) number, e.g. `+1 555 764 4377`
 * (https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html). AppSync refuses `1110004444`
 * ("Unable to parse `1110004444` as a valid phone number.", aws-amplify/amplify-flutter#822).
 */
export const AWSPhone = stringScalar({
  name: 'AWSPhone',
  description: 'A phone number; spaces or hyphens may separate digit groups; no country code means NANP.',
  noun: 'phone number',
  isValid: isAwsPhone,
});
