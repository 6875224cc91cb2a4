import { isIsoTemporal } from './isIsoTemporal.js';
import { stringScalar } from './stringScalar.js';

/**
 * `AWSDateTime`: an extended ISO 8601 date and time `YYYY-MM-DDThh:mm[:ss[.sss]]` with a compulsory time
 * zone offset `Z` or `±hh:mm[:ss]`, e.g. `1930-01-01T16:00:00-07:00`
 * (https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html). The string is passed through as is;
 * a result that is not one fails like AppSync's "Unable to serialize `…` as a valid DateTime Object.".
 */
export const AWSDateTime = stringScalar({
  name: 'AWSDateTime',
  description: 'An extended ISO 8601 date and time string in the format `YYYY-MM-DDThh:mm:ss.sssZ`.',
  noun: 'DateTime Object',
  isValid: (value) => isIsoTemporal(value, 'dateTime'),
});
