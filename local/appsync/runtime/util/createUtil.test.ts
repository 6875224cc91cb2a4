import { describe, expect, it } from 'vitest';
import type { Invocation } from '../Invocation.js';
import { createUtil } from './createUtil.js';
import { testInvocation } from './testInvocation.js';

const BUILT_IN = 'https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html';

function setup(overrides?: Parameters<typeof testInvocation>[0]): {
  invocation: Invocation;
  util: ReturnType<typeof createUtil>;
} {
  const invocation = testInvocation(overrides);
  return { invocation, util: createUtil(() => invocation) };
}

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe(`util error helpers (${BUILT_IN})`, () => {
  it('error throws the message, type, data and errorInfo as a plain object', () => {
    const { util } = setup();
    expect(thrown(() => util.error('Out of stock', 'InsufficientStock', null, { sku: 'A1' }))).toEqual({
      __appsyncError: true,
      message: 'Out of stock',
      errorType: 'InsufficientStock',
      data: null,
      errorInfo: { sku: 'A1' },
    });
  });

  it('error without a type, data or info reports them as null', () => {
    const { util } = setup();
    expect(thrown(() => util.error('boom'))).toEqual({
      __appsyncError: true,
      message: 'boom',
      errorType: null,
      data: null,
      errorInfo: null,
    });
  });

  it('appendError records into the current invocation and returns', () => {
    const { util, invocation } = setup();
    util.appendError('first', 'Partial', { id: 1 });
    util.appendError('second');
    expect(invocation.errors).toEqual([
      { message: 'first', errorType: 'Partial', data: { id: 1 }, errorInfo: null },
      { message: 'second', errorType: null, data: null, errorInfo: null },
    ]);
  });

  it('appendError follows the current invocation when the getter changes', () => {
    let current = testInvocation();
    const util = createUtil(() => current);
    util.appendError('one');
    const first = current;
    current = testInvocation();
    util.appendError('two');
    expect(first.errors.map((e) => e.message)).toEqual(['one']);
    expect(current.errors.map((e) => e.message)).toEqual(['two']);
  });

  it('unauthorized throws errorType Unauthorized worded as AppSync words it (aws-amplify/amplify-category-api#2422)', () => {
    const { util } = setup({ typeName: 'Query', fieldName: 'listOrders' });
    expect(thrown(() => util.unauthorized())).toEqual({
      __appsyncError: true,
      message: 'Not Authorized to access listOrders on type Query',
      errorType: 'Unauthorized',
      data: null,
      errorInfo: null,
    });
  });

  it('authType answers the invocation auth type', () => {
    expect(setup({ authType: 'IAM Authorization' }).util.authType()).toBe('IAM Authorization');
    expect(setup({ authType: 'API Key Authorization' }).util.authType()).toBe('API Key Authorization');
  });
});

describe(`util encoding helpers (${BUILT_IN}: "all utilities use the UTF-8 character set")`, () => {
  const { util } = setup();

  it('base64Encode / base64Decode use UTF-8 and round-trip', () => {
    expect(util.base64Encode('hello')).toBe('aGVsbG8=');
    expect(util.base64Encode('héllo €')).toBe('aMOpbGxvIOKCrA==');
    expect(util.base64Encode('😀')).toBe('8J+YgA==');
    expect(util.base64Decode('aGVsbG8=')).toBe('hello');
    expect(util.base64Decode('aGVsbG8')).toBe('hello');
    expect(util.base64Decode(util.base64Encode('Grüße, 世界 😀'))).toBe('Grüße, 世界 😀');
    expect(util.base64Decode('/w==')).toBe('\uFFFD');
    expect(() => util.base64Decode('a$b=')).toThrow(/Illegal base64 character/);
  });

  it('urlEncode writes application/x-www-form-urlencoded as Java URLEncoder does (space as +)', () => {
    expect(util.urlEncode('a b&c=d/é')).toBe('a+b%26c%3Dd%2F%C3%A9');
    expect(util.urlEncode("!'()~*._-")).toBe('%21%27%28%29%7E*._-');
    expect(util.urlDecode('a+b%26c%3Dd%2F%C3%A9')).toBe('a b&c=d/é');
    expect(util.urlDecode('%7E%21')).toBe('~!');
  });

  it('escapeJavaScript escapes quotes, backslash, slash, control and non-ASCII characters', () => {
    expect(util.escapeJavaScript(`He said "it's" C:\\dir/x`)).toBe(`He said \\"it\\'s\\" C:\\\\dir\\/x`);
    expect(util.escapeJavaScript('a\nb\tc\r\f\b\u0001')).toBe('a\\nb\\tc\\r\\f\\b\\u0001');
    expect(util.escapeJavaScript('é€😀')).toBe('\\u00E9\\u20AC\\uD83D\\uDE00');
  });
});

describe(`util id helpers (${BUILT_IN})`, () => {
  const { util } = setup();

  it('autoId is a random version 4 UUID', () => {
    const ids = new Set(Array.from({ length: 100 }, () => util.autoId()));
    expect(ids.size).toBe(100);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('autoUlid is 26 Crockford base32 characters, sorted by time', () => {
    const first = util.autoUlid();
    expect(first).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    const later = (() => {
      const start = Date.now();
      while (Date.now() === start) {
        // wait for the next millisecond
      }
      return util.autoUlid();
    })();
    expect(later.slice(0, 10) > first.slice(0, 10)).toBe(true);
  });

  it('autoKsuid is "base62 encoded as a String with a length of 27"', () => {
    const ids = Array.from({ length: 50 }, () => util.autoKsuid());
    for (const id of ids) expect(id).toMatch(/^[0-9A-Za-z]{27}$/);
    expect(new Set(ids).size).toBe(50);
  });
});

describe(`util.matches: Java Pattern, whole input as String.matches (${BUILT_IN})`, () => {
  const { util } = setup();

  it('the documented example: matches("a*b", "aaaaab")', () => {
    expect(util.matches('a*b', 'aaaaab')).toBe(true);
  });

  it.each<[string, string, boolean]>([
    ['b', 'abc', false],
    ['a|ab', 'ab', true],
    ['^[A-Z]{2}$', 'DE', true],
    ['[A-Z]{2}', 'DEU', false],
    ['(?i)[a-z]+', 'ABC', true],
    ['\\d{3}-\\d{4}', '555-1234', true],
    ['\\s+', ' \t', true],
    ['\\s', '\u00A0', false],
    ['\\p{Lu}\\p{L}*', 'Émile', true],
    ['\\p{Alpha}+', 'abc', true],
    ['\\p{Alpha}+', 'ab1', false],
    ['\\Qa.b\\E', 'a.b', true],
    ['\\Qa.b\\E', 'axb', false],
    ['a++b', 'aab', true],
    ['[\\w.-]+@[\\w-]+\\.[a-z]{2,}', 'jo.e@example.com', true],
    ['\\-\\#', '-#', true],
    ['(?s)a.b', 'a\nb', true],
    ['a.b', 'a\nb', false],
  ])('matches(%j, %j) is %s', (pattern, value, expected) => {
    expect(util.matches(pattern, value)).toBe(expected);
  });
});

describe('util.str, util.math, util.rds', () => {
  const { util } = setup();

  it('str.normalize applies the named Unicode form (string-helpers docs)', () => {
    expect(util.str.normalize('e\u0301', 'nfc')).toBe('\u00E9');
    expect(util.str.normalize('\u00E9', 'nfd')).toBe('e\u0301');
    expect(util.str.normalize('\uFB01', 'nfkc')).toBe('fi');
    expect(util.str.normalize('\u00E9', 'nfkd')).toBe('e\u0301');
    expect(() => util.str.normalize('x', 'bogus' as never)).toThrow();
  });

  it('math helpers (math-helpers-in-util-math docs)', () => {
    expect(util.math.roundNum(3.7)).toBe(4);
    expect(util.math.roundNum(2.5)).toBe(3);
    expect(util.math.roundNum(-2.5)).toBe(-2);
    expect(util.math.minVal(13.45, 45.67)).toBe(13.45);
    expect(util.math.maxVal(13.45, 45.67)).toBe(45.67);
    const doubles = Array.from({ length: 200 }, () => util.math.randomDouble());
    expect(doubles.every((d) => d >= 0 && d < 1)).toBe(true);
    const ints = Array.from({ length: 500 }, () => util.math.randomWithinRange(10, 12));
    expect(new Set(ints)).toEqual(new Set([10, 11, 12]));
  });

  it('rds.toJsonObject: one list of records per statement (localstack/appsync-utils __tests__/__snapshots__/resolvers.test.js.snap)', () => {
    const column = (name: string): Record<string, unknown> => ({ label: name, name, typeName: 'VARCHAR' });
    const result = JSON.stringify({
      sqlStatementResults: [
        {
          numberOfRecordsUpdated: 0,
          records: [
            [
              { stringValue: 'Mark Twain' },
              { stringValue: 'Adventures of Huckleberry Finn' },
              { stringValue: '978-1948132817' },
            ],
            [
              { stringValue: 'Jack London' },
              { stringValue: 'The Call of the Wild' },
              { stringValue: '978-1948132275' },
            ],
          ],
          columnMetadata: [column('author'), column('title'), column('ISBN-13')],
        },
      ],
    });
    expect(util.rds.toJsonObject(result)).toEqual([
      [
        { author: 'Mark Twain', title: 'Adventures of Huckleberry Finn', 'ISBN-13': '978-1948132817' },
        { author: 'Jack London', title: 'The Call of the Wild', 'ISBN-13': '978-1948132275' },
      ],
    ]);
  });

  it('rds.toJsonObject: null fields, numbers and a statement without records', () => {
    expect(
      util.rds.toJsonObject({
        sqlStatementResults: [
          {
            records: [[{ longValue: 7 }, { isNull: true }, { booleanValue: true }]],
            columnMetadata: [{ label: 'n' }, { label: 'gone' }, { label: 'ok' }],
          },
          { numberOfRecordsUpdated: 1 },
        ],
      } as never),
    ).toEqual([[{ n: 7, gone: null, ok: true }], []]);
  });

  it('helpers left out locally throw rather than answer wrongly', () => {
    expect(() => {
      util.http.copyHeaders({});
    }).toThrow(/not supported by the local AppSync runtime/);
    expect(() => util.xml.toMap('<a/>')).toThrow(/not supported/);
    expect(() => util.transform.toElasticsearchQueryDSL({})).toThrow(/not supported/);
  });
});
