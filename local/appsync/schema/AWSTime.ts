import { isIsoTemporal } from './isIsoTemporal.js';
import { stringScalar } from './stringScalar.js';

/**
 * `AWSTime`: an extended ISO 8601 time `hh:mm[:ss[.sss]]` (up to 9 fraction digits), optionally with a
 * time zone offset `Z` or `±hh:mm[:ss]`, e.g. `12:30`, `12:30Z`, `12:30:24-07:00`, `12:30:24.500+05:30`
 * (https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html). The string is passed through as is.
 */
export const AWSTime = stringScalar({
  name: 'AWSTime',
  description:
    'An extended ISO 8601 time string in the format `hh:mm:ss.sss`, optionally with a time zone offset.',
  noun: 'Time Object',
  isValid: (value) => isIsoTemporal(value, 'time'),
});
