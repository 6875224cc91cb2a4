import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUtil } from '../createUtil.js';
import { testInvocation } from '../testInvocation.js';

const VTL_DOCS = 'https://docs.aws.amazon.com/appsync/latest/devguide/time-helpers-in-util-time.html';
const { time } = createUtil(() => testInvocation());

function at(epochMs: number): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(epochMs);
}

afterEach(() => {
  vi.useRealTimers();
});

// The JS page (time-helpers-in-util-time-js) lists the same functions without examples; the examples
// are on the VTL page, which shares AppSync's implementation.
describe(`util.time, the documented examples (${VTL_DOCS})`, () => {
  it('standalone functions at 2018-02-06T19:01:35.749Z', () => {
    at(1517943695749);
    expect(time.nowISO8601()).toBe('2018-02-06T19:01:35.749Z');
    expect(time.nowEpochSeconds()).toBe(1517943695);
    expect(time.nowEpochMilliSeconds()).toBe(1517943695749);
    expect(time.nowFormatted('yyyy-MM-dd HH:mm:ssZ')).toBe('2018-02-06 19:01:35+0000');
    expect(time.nowFormatted('yyyy-MM-dd HH:mm:ssZ', '+08:00')).toBe('2018-02-07 03:01:35+0800');
    expect(time.nowFormatted('yyyy-MM-dd HH:mm:ssZ', 'Australia/Perth')).toBe('2018-02-07 03:01:35+0800');
  });

  it('conversions of 1517943695758', () => {
    const ms = 1517943695758;
    expect(time.epochMilliSecondsToSeconds(ms)).toBe(1517943695);
    expect(time.epochMilliSecondsToISO8601(ms)).toBe('2018-02-06T19:01:35.758Z');
    expect(time.epochMilliSecondsToFormatted(ms, 'yyyy-MM-dd HH:mm:ssZ')).toBe('2018-02-06 19:01:35+0000');
    expect(time.epochMilliSecondsToFormatted(ms, 'yyyy-MM-dd HH:mm:ssZ', '+08:00')).toBe(
      '2018-02-07 03:01:35+0800',
    );
  });

  it('parsing', () => {
    expect(time.parseISO8601ToEpochMilliSeconds('2018-02-01T17:21:05.180+08:00')).toBe(1517476865180);
    expect(time.parseFormattedToEpochMilliSeconds('2018-02-02 01:19:22+0800', 'yyyy-MM-dd HH:mm:ssZ')).toBe(
      1517505562000,
    );
    expect(
      time.parseFormattedToEpochMilliSeconds('2018-02-02 01:19:22', 'yyyy-MM-dd HH:mm:ss', '+08:00'),
    ).toBe(1517505562000);
  });

  it('formats for AWSDate and AWSDateTime, optional sections and an offset with seconds', () => {
    at(Date.UTC(2018, 6, 11, 22, 14, 45));
    expect(time.nowFormatted('yyyy-MM-dd[XXX]', '-07:00:30')).toBe('2018-07-11-07:00');
    expect(time.nowFormatted("yyyy-MM-dd'T'HH:mm:ss[XXXXX]", '-07:00:30')).toBe(
      '2018-07-11T15:14:15-07:00:30',
    );
  });
});

describe('util.time, Java DateTimeFormatter letters (java.time.format.DateTimeFormatter docs)', () => {
  const ms = Date.UTC(2018, 1, 6, 9, 5, 3, 7); // Tuesday 2018-02-06 09:05:03.007Z

  it.each<[string, string]>([
    ['yyyy yy y uuuu', '2018 18 2018 2018'],
    ['M MM MMM MMMM MMMMM', '2 02 Feb February F'],
    ['d dd D DDD', '6 06 37 037'],
    ['E EEE EEEE EEEEE', 'Tue Tue Tuesday T'],
    ['H HH h hh k K a', '9 09 9 09 9 9 AM'],
    ['m mm s ss S SS SSS SSSSSS', '5 05 3 03 0 00 007 007000'],
    ['Q QQ QQQ QQQQ', '1 01 Q1 1st quarter'],
    ['e ee eee c', '3 03 Tue 3'],
    ['w W Y', '6 2 2018'],
    ['G GGGG', 'AD Anno Domini'],
    ["'at' HH 'o''clock' ''", "at 09 o'clock '"],
    ['X XX XXX XXXX XXXXX', 'Z Z Z Z Z'],
    ['x xx xxx Z ZZZZ ZZZZZ O OOOO', '+00 +0000 +00:00 +0000 GMT Z GMT GMT'],
    ['VV z zzzz', 'UTC UTC Coordinated Universal Time'],
  ])('%s in UTC', (pattern, expected) => {
    expect(time.epochMilliSecondsToFormatted(ms, pattern)).toBe(expected);
  });

  it.each<[string, string, string]>([
    ['+05:30', 'X XX XXX O OOOO ZZZZ', '+0530 +0530 +05:30 GMT+5:30 GMT+05:30 GMT+05:30'],
    ['-08:00', 'X XXX x Z O VV z', '-08 -08:00 -08 -0800 GMT-8 -08:00 -08:00'],
    ['UTC+08:00', 'HH:mm VV', '17:05 UTC+08:00'],
    ['GMT', 'HH:mm VV O', '09:05 GMT GMT'],
  ])('offset zone %s: %s', (zone, pattern, expected) => {
    expect(time.epochMilliSecondsToFormatted(ms, pattern, zone)).toBe(expected);
  });

  it('IANA zones follow daylight saving time, named as en-US names them', () => {
    const winter = Date.UTC(2018, 0, 15, 12, 0, 0);
    const summer = Date.UTC(2018, 6, 15, 12, 0, 0);
    const pattern = "yyyy-MM-dd'T'HH:mmXXX z zzzz VV";
    expect(time.epochMilliSecondsToFormatted(winter, pattern, 'America/New_York')).toBe(
      '2018-01-15T07:00-05:00 EST Eastern Standard Time America/New_York',
    );
    expect(time.epochMilliSecondsToFormatted(summer, pattern, 'America/New_York')).toBe(
      '2018-07-15T08:00-04:00 EDT Eastern Daylight Time America/New_York',
    );
    expect(time.epochMilliSecondsToFormatted(summer, 'HH:mm XXX', 'Europe/Berlin')).toBe('14:00 +02:00');
    expect(time.epochMilliSecondsToFormatted(summer, 'HH:mm XXX', 'Asia/Kolkata')).toBe('17:30 +05:30');
  });

  it('the week-based year is the US one: 2018-12-30 (a Sunday) is in week 1 of 2019', () => {
    expect(time.epochMilliSecondsToFormatted(Date.UTC(2018, 11, 30), 'YYYY-ww yyyy')).toBe('2019-01 2018');
    expect(time.epochMilliSecondsToFormatted(Date.UTC(2018, 11, 29), 'YYYY-ww')).toBe('2018-52');
  });

  it('midnight and noon on the 12- and 24-hour clocks', () => {
    const midnight = Date.UTC(2018, 0, 1, 0, 0);
    const noon = Date.UTC(2018, 0, 1, 12, 0);
    expect(time.epochMilliSecondsToFormatted(midnight, 'h K k H a')).toBe('12 0 24 0 AM');
    expect(time.epochMilliSecondsToFormatted(noon, 'h K k H a')).toBe('12 0 12 12 PM');
  });

  it('rejects what Java rejects: unknown letters, too many letters, reserved characters, unknown zones', () => {
    expect(() => time.epochMilliSecondsToFormatted(ms, 'yyyy-MM-dd bb')).toThrow(/Unknown pattern letter: b/);
    expect(() => time.epochMilliSecondsToFormatted(ms, 'ddd')).toThrow(/Too many pattern letters: d/);
    expect(() => time.epochMilliSecondsToFormatted(ms, 'yyyy#')).toThrow(/reserved character/);
    expect(() => time.epochMilliSecondsToFormatted(ms, "'open")).toThrow(/incomplete string literal/);
    expect(() => time.epochMilliSecondsToFormatted(ms, 'HH', 'Mars/Olympus')).toThrow(/Unknown time-zone ID/);
    expect(() => time.epochMilliSecondsToFormatted(ms, 'HH', 'europe/berlin')).toThrow(
      /Unknown time-zone ID/,
    );
    expect(() => time.epochMilliSecondsToFormatted(ms, 'HH', '+19:00')).toThrow();
  });
});

describe('util.time parsing with patterns and zones', () => {
  it.each<[string, string, string | undefined, number]>([
    ['2018-02-06', 'yyyy-MM-dd', undefined, Date.UTC(2018, 1, 6)],
    ['06/02/18 9:05 PM', 'dd/MM/yy h:mm a', undefined, Date.UTC(2018, 1, 6, 21, 5)],
    ['20180206T090503.007', "yyyyMMdd'T'HHmmss.SSS", undefined, Date.UTC(2018, 1, 6, 9, 5, 3, 7)],
    [
      'Tue, 06 Feb 2018 09:05:03 GMT',
      "EEE, dd MMM yyyy HH:mm:ss 'GMT'",
      undefined,
      Date.UTC(2018, 1, 6, 9, 5, 3),
    ],
    ['2018-02-06T09:05:03Z', "yyyy-MM-dd'T'HH:mm:ssXXX", '+08:00', Date.UTC(2018, 1, 6, 9, 5, 3)],
    ['2018-02-06T09:05:03-07:00', "yyyy-MM-dd'T'HH:mm:ssXXX", undefined, Date.UTC(2018, 1, 6, 16, 5, 3)],
    ['2018-02-06 09:05 Europe/Berlin', 'yyyy-MM-dd HH:mm VV', undefined, Date.UTC(2018, 1, 6, 8, 5)],
    ['2018-07-15 08:00', 'yyyy-MM-dd HH:mm', 'America/New_York', Date.UTC(2018, 6, 15, 12, 0)],
    ['2018-02-06', 'yyyy-MM-dd[ HH:mm]', undefined, Date.UTC(2018, 1, 6)],
    ['2018-02-06 10:30', 'yyyy-MM-dd[ HH:mm]', undefined, Date.UTC(2018, 1, 6, 10, 30)],
    ['2018-02-31', 'yyyy-MM-dd', undefined, Date.UTC(2018, 1, 28)],
  ])('parse %j with %j in %s', (text, pattern, zone, expected) => {
    expect(time.parseFormattedToEpochMilliSeconds(text, pattern, zone as string)).toBe(expected);
  });

  it('resolves DST gaps later and overlaps to the earlier offset, as ZonedDateTime.of', () => {
    // 2018-03-11 02:30 does not exist in New York (clocks jump 02:00 → 03:00): read as 03:30 EDT.
    expect(
      time.parseFormattedToEpochMilliSeconds('2018-03-11 02:30', 'yyyy-MM-dd HH:mm', 'America/New_York'),
    ).toBe(Date.UTC(2018, 2, 11, 7, 30));
    // 2018-11-04 01:30 happens twice: the earlier offset (EDT, -04:00) is kept.
    expect(
      time.parseFormattedToEpochMilliSeconds('2018-11-04 01:30', 'yyyy-MM-dd HH:mm', 'America/New_York'),
    ).toBe(Date.UTC(2018, 10, 4, 5, 30));
  });

  it('rejects text that does not match, trailing text and out-of-range fields', () => {
    expect(() => time.parseFormattedToEpochMilliSeconds('2018/02/06', 'yyyy-MM-dd')).toThrow(
      /could not be parsed at index 4/,
    );
    expect(() => time.parseFormattedToEpochMilliSeconds('2018-02-06x', 'yyyy-MM-dd')).toThrow(
      /unparsed text found at index 10/,
    );
    expect(() => time.parseFormattedToEpochMilliSeconds('2018-13-06', 'yyyy-MM-dd')).toThrow(/MonthOfYear/);
    expect(() => time.parseFormattedToEpochMilliSeconds('2018-02-06 25:00', 'yyyy-MM-dd HH:mm')).toThrow(
      /HourOfDay/,
    );
  });

  it('parseISO8601ToEpochMilliSeconds reads Z, offsets and fractions; no offset reads as UTC', () => {
    expect(time.parseISO8601ToEpochMilliSeconds('2018-02-06T19:01:35.749Z')).toBe(1517943695749);
    expect(time.parseISO8601ToEpochMilliSeconds('2018-02-06T19:01:35Z')).toBe(1517943695000);
    expect(time.parseISO8601ToEpochMilliSeconds('2018-02-06T19:01:35.123456789-05:30')).toBe(
      1517943695123 + 5.5 * 3_600_000,
    );
    expect(time.parseISO8601ToEpochMilliSeconds('2018-02-06T19:01')).toBe(Date.UTC(2018, 1, 6, 19, 1));
    expect(() => time.parseISO8601ToEpochMilliSeconds('06/02/2018')).toThrow();
    expect(() => time.parseISO8601ToEpochMilliSeconds('2018-02-30T00:00:00Z')).toThrow();
  });

  it('formats and parses round-trip across years and zones', () => {
    const pattern = "uuuu-MM-dd'T'HH:mm:ss.SSSXXXXX";
    for (const instant of [0, -1, 951782400000, 1517943695749, 4102444799999]) {
      for (const zone of ['UTC', 'Pacific/Chatham', 'America/St_Johns', '-03:30']) {
        const text = time.epochMilliSecondsToFormatted(instant, pattern, zone);
        expect(time.parseFormattedToEpochMilliSeconds(text, pattern)).toBe(instant);
        expect(time.parseISO8601ToEpochMilliSeconds(text)).toBe(instant);
      }
    }
  });
});
