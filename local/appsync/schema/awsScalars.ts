import type { GraphQLScalarType } from 'graphql';
import { AWSDate } from './AWSDate.js';
import { AWSDateTime } from './AWSDateTime.js';
import { AWSEmail } from './AWSEmail.js';
import { AWSIPAddress } from './AWSIPAddress.js';
import { AWSJSON } from './AWSJSON.js';
import { AWSPhone } from './AWSPhone.js';
import { AWSTime } from './AWSTime.js';
import { AWSTimestamp } from './AWSTimestamp.js';
import { AWSURL } from './AWSURL.js';

/** The nine scalars AppSync defines for every API, in the order of its documentation. */
export const awsScalars: readonly GraphQLScalarType[] = [
  AWSDate,
  AWSTime,
  AWSDateTime,
  AWSTimestamp,
  AWSEmail,
  AWSJSON,
  AWSPhone,
  AWSURL,
  AWSIPAddress,
];
