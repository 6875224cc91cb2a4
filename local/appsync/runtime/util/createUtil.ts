import type { Util } from '@aws-appsync/utils';
import type { AppendedError, Invocation, ThrownAppSyncError } from '../Invocation.js';
import { createMath } from './createMath.js';
import { createStr } from './createStr.js';
import { createDynamodbUtil } from './dynamodb/createDynamodbUtil.js';
import { base64Decode } from './encoding/base64Decode.js';
import { base64Encode } from './encoding/base64Encode.js';
import { escapeJavaScript } from './encoding/escapeJavaScript.js';
import { urlDecode } from './encoding/urlDecode.js';
import { urlEncode } from './encoding/urlEncode.js';
import { autoId } from './ids/autoId.js';
import { autoKsuid } from './ids/autoKsuid.js';
import { autoUlid } from './ids/autoUlid.js';
import { rdsToJsonObject } from './rdsToJsonObject.js';
import { matches } from './regex/matches.js';
import { createTime } from './time/createTime.js';
import { createTransform } from './transform/createTransform.js';
import { unsupported } from './unsupported.js';

/**
 * The APPSYNC_JS `util` global (https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html),
 * in ECMAScript built-ins only so that it runs inside the resolver sandbox. `current()` answers the
 * invocation being run: `appendError` records into it, `authType` and `unauthorized` read it.
 * `util.error` and `util.unauthorized` throw a `ThrownAppSyncError` (a plain object). Left out, and
 * throwing when called: `util.http.*`, `util.xml.*`, `util.transform.toElasticsearchQueryDSL`.
 */
export function createUtil(current: () => Invocation): Util {
  const util: Util = {
    escapeJavaScript,
    urlEncode,
    urlDecode,
    base64Encode,
    base64Decode,
    autoId,
    autoUlid: () => autoUlid(),
    autoKsuid: () => autoKsuid(),
    error(message: string, errorType?: string, data?: unknown, errorInfo?: unknown): never {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the sandbox tells AppSync errors from bugs by this plain object (Invocation.ts)
      throw appSyncError(message, errorType, data, errorInfo);
    },
    appendError(message: string, errorType?: string, data?: unknown, errorInfo?: unknown): void {
      current().errors.push(appendedError(message, errorType, data, errorInfo));
    },
    unauthorized(): never {
      const { fieldName, typeName } = current();
      // AppSync's wording, e.g. "Not Authorized to access listXXXXX on type Query" with errorType
      // "Unauthorized" and data/errorInfo null (aws-amplify/amplify-category-api#2422).
      const denied = appSyncError(
        `Not Authorized to access ${fieldName} on type ${typeName}`,
        'Unauthorized',
        null,
        null,
      );
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- as util.error
      throw denied;
    },
    matches,
    authType: () => current().authType,
    time: createTime(),
    dynamodb: createDynamodbUtil(),
    rds: { toJsonObject: rdsToJsonObject },
    http: {
      copyHeaders: () => unsupported('util.http.copyHeaders'),
      addResponseHeader: () => unsupported('util.http.addResponseHeader'),
      addResponseHeaders: () => unsupported('util.http.addResponseHeaders'),
    },
    xml: {
      toMap: () => unsupported('util.xml.toMap'),
      toJsonString: () => unsupported('util.xml.toJsonString'),
    },
    transform: createTransform(),
    math: createMath(),
    str: createStr(),
  };
  return util;
}

/** An error as AppSync reports it: missing parts are null. */
function appendedError(
  message: string,
  errorType: unknown,
  data: unknown,
  errorInfo: unknown,
): AppendedError {
  return {
    message: String(message),
    errorType:
      typeof errorType === 'string'
        ? errorType
        : errorType === undefined || errorType === null
          ? null
          : JSON.stringify(errorType),
    data: data === undefined ? null : data,
    errorInfo: errorInfo === undefined ? null : errorInfo,
  };
}

/** What `util.error` and `util.unauthorized` throw. */
function appSyncError(
  message: string,
  errorType: unknown,
  data: unknown,
  errorInfo: unknown,
): ThrownAppSyncError {
  return { __appsyncError: true, ...appendedError(message, errorType, data, errorInfo) };
}
