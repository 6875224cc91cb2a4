import type { Util } from '@aws-appsync/utils';
import { formatDateTime } from './formatDateTime.js';
import { parseDateTime } from './parseDateTime.js';
import { parseIso8601 } from './parseIso8601.js';
import { resolveZone } from './resolveZone.js';

/**
 * `util.time` (https://docs.aws.amazon.com/appsync/latest/devguide/time-helpers-in-util-time-js.html):
 * the clock is the sandbox's `Date.now()`; formats are Java `DateTimeFormatter` patterns; a zone is an
 * IANA id or an offset (`+08:00`), UTC when left out. ISO 8601 output always carries milliseconds
 * (`2018-02-06T19:01:35.749Z`, as the docs show).
 */
export function createTime(): Util['time'] {
  return {
    nowISO8601: () => new Date(Date.now()).toISOString(),
    nowEpochSeconds: () => Math.floor(Date.now() / 1000),
    nowEpochMilliSeconds: () => Date.now(),
    nowFormatted: (format: string, timezone?: string) =>
      formatDateTime(Date.now(), format, resolveZone(timezone)),
    parseFormattedToEpochMilliSeconds: (timestamp: string, format: string, timezone?: string) =>
      parseDateTime(timestamp, format, resolveZone(timezone)),
    parseISO8601ToEpochMilliSeconds: (timestamp: string) => parseIso8601(timestamp),
    // Java's long division truncates toward zero.
    epochMilliSecondsToSeconds: (milliseconds: number) => Math.trunc(milliseconds / 1000),
    epochMilliSecondsToISO8601: (milliseconds: number) => new Date(Math.trunc(milliseconds)).toISOString(),
    epochMilliSecondsToFormatted: (milliseconds: number, format: string, timezone?: string) =>
      formatDateTime(milliseconds, format, resolveZone(timezone)),
  };
}
