import { isIsoTemporal } from './isIsoTemporal.js';
import { stringScalar } from './stringScalar.js';

/**
 * `AWSDate`: an extended ISO 8601 date `YYYY-MM-DD` (also `-YYYY` years), optionally with a time zone
 * offset `Z` or `±hh:mm[:ss]`, e.g. `1970-01-01Z`, `1970-01-01-07:00`, `1970-01-01+05:30`
 * (https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html). The string is passed through as is.
 */
export const AWSDate = stringScalar({
  name: 'AWSDate',
  description:
    'An extended ISO 8601 date string in the format `YYYY-MM-DD`, optionally with a time zone offset.',
  noun: 'Date Object',
  isValid: (value) => isIsoTemporal(value, 'date'),
});
