import type { Util } from '@aws-appsync/utils';
import { toDynamoDB, toMapValues } from './toDynamoDB.js';

type DynamodbUtil = Util['dynamodb'];

/**
 * `util.dynamodb` (https://docs.aws.amazon.com/appsync/latest/devguide/dynamodb-helpers-in-util-dynamodb-js.html).
 * The typed helpers answer null for a null or missing input, as their typings declare.
 */
export function createDynamodbUtil(): DynamodbUtil {
  const helpers = {
    toDynamoDB,
    toString: (value: unknown) => (isAbsent(value) ? null : { S: value }),
    toStringSet: (list: unknown) => (isAbsent(list) ? null : { SS: list }),
    toNumber: (value: unknown) => (isAbsent(value) ? null : { N: value }),
    toNumberSet: (list: unknown) => (isAbsent(list) ? null : { NS: list }),
    toBinary: (value: unknown) => (isAbsent(value) ? null : { B: value }),
    toBinarySet: (list: unknown) => (isAbsent(list) ? null : { BS: list }),
    toBoolean: (value: unknown) => (isAbsent(value) ? null : { BOOL: value }),
    toNull: () => ({ NULL: null }),
    toList: (list: unknown) => (Array.isArray(list) ? toDynamoDB(list) : null),
    toMap: (map: unknown) => (isObject(map) ? toDynamoDB(map) : null),
    toMapValues: (map: unknown) => (isObject(map) ? toMapValues(map) : null),
    // AWS writes compact JSON: {"S":"{\"s3\":{\"key\":\"foo\",\"bucket\":\"bar\",\"region\":\"baz\"}}"}
    // (localstack/appsync-utils index.test.js.snap), unlike the spaced form in the docs.
    toS3Object: (key: string, bucket: string, region: string, version?: string) => ({
      S: JSON.stringify({
        s3: version === undefined ? { key, bucket, region } : { key, bucket, region, version },
      }),
    }),
    fromS3ObjectJson: (s3Object: unknown) => fromS3ObjectJson(s3Object),
  };
  return helpers as unknown as DynamodbUtil;
}

/**
 * The `{ key, bucket, region, version? }` inside an S3 object string; the docs' example passes the
 * whole `{ "S": "..." }` attribute, so that is read too.
 */
function fromS3ObjectJson(s3Object: unknown): unknown {
  const text = isObject(s3Object) && typeof s3Object.S === 'string' ? s3Object.S : s3Object;
  if (typeof text !== 'string') return null;
  const parsed = JSON.parse(text) as { s3?: unknown };
  return parsed.s3 ?? null;
}

function isAbsent(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
