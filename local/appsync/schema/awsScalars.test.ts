import { graphql } from 'graphql';
import type { ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AwsScalarError } from './AwsScalarError.js';
import { buildTwinSchema } from './buildTwinSchema.js';
import { findAwsScalarError } from './findAwsScalarError.js';

// Sources of the cases below:
// DOC  https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html (its list and its example mutation)
// DESC the descriptions AppSync gives its scalars in an API's schema (introspection), which add examples
// Others are AppSync responses quoted in public issues, named where used; unmarked ones follow the rules.

/** Argument name, result field name and GraphQL type, per scalar. */
const KEYS = {
  AWSDate: 'date',
  AWSTime: 'time',
  AWSDateTime: 'dateTime',
  AWSTimestamp: 'timestamp',
  AWSEmail: 'email',
  AWSJSON: 'json',
  AWSPhone: 'phone',
  AWSURL: 'url',
  AWSIPAddress: 'ip',
} as const;
type ScalarName = keyof typeof KEYS;

const schema = buildTwinSchema(`
  type Query {
    "The arguments as the resolver received them, as JSON."
    received(${Object.entries(KEYS)
      .map(([type, key]) => `${key}: ${type}`)
      .join(', ')}): String
    ${Object.entries(KEYS)
      .map(([type, key]) => `${key}: ${type}`)
      .join('\n    ')}
  }
`);

const echo = { received: (args: object) => JSON.stringify(args) };

async function viaLiteral(scalar: ScalarName, literal: string): Promise<ExecutionResult> {
  return graphql({ schema, source: `{ received(${KEYS[scalar]}: ${literal}) }`, rootValue: echo });
}

async function viaVariable(scalar: ScalarName, value: unknown): Promise<ExecutionResult> {
  const source = `query ($v: ${scalar}) { received(${KEYS[scalar]}: $v) }`;
  return graphql({ schema, source, rootValue: echo, variableValues: { v: value } });
}

async function asResult(scalar: ScalarName, value: unknown): Promise<ExecutionResult> {
  return graphql({ schema, source: `{ ${KEYS[scalar]} }`, rootValue: { [KEYS[scalar]]: () => value } });
}

function receivedBy(result: ExecutionResult): unknown {
  expect(result.errors).toBeUndefined();
  return JSON.parse(String(result.data?.received)) as unknown;
}

/** A request refused before execution: no `data`, one error from the scalar. */
function expectRefused(result: ExecutionResult): void {
  expect(result.data).toBeUndefined();
  expect(result.errors).toHaveLength(1);
  expect(findAwsScalarError(result.errors?.[0])).toBeInstanceOf(AwsScalarError);
}

/** A result the scalar cannot write: the field is null and the error carries its path. */
function expectUnserializable(result: ExecutionResult, scalar: ScalarName): void {
  expect(result.data).toEqual({ [KEYS[scalar]]: null });
  expect(result.errors?.[0]?.path).toEqual([KEYS[scalar]]);
  expect(findAwsScalarError(result.errors?.[0])).toBeInstanceOf(AwsScalarError);
}

interface StringCases {
  readonly valid: readonly string[];
  readonly invalid: readonly string[];
}

const STRING_SCALARS: Readonly<Record<Exclude<ScalarName, 'AWSTimestamp' | 'AWSJSON'>, StringCases>> = {
  AWSDate: {
    valid: [
      '1970-01-01', // DESC
      '1970-01-01Z', // DOC
      '1970-01-01-07:00', // DOC
      '1970-01-01+05:30', // DOC
      '1970-01-01+05:30:15', // DOC: seconds in the offset are valid
      '-2017-05-01', // DESC: negative years
      '-9999-01-01', // DESC
      '2024-02-29',
    ],
    invalid: [
      '1970-1-01',
      '1970-13-01',
      '2023-02-29',
      '19700101',
      '1970-01-01T00:00Z',
      '1970-01-01+05', // DOC: an offset is Z or ±hh:mm[:ss]
      '1970-01-01+5:30',
      '1970-01-01+19:00',
      '1970-01-01z',
      '10000-01-01',
      '-0000-01-01',
      'today',
      '',
    ],
  },
  AWSTime: {
    valid: [
      '12:30', // DESC
      '12:30Z', // DESC
      '12:30:24-07:00', // DESC
      '12:30:24.500+05:30', // DESC
      '12:00:00.2', // DESC
      '12:00:00.277', // DESC
      '12:00:00.123456789', // DESC
      '12:00:34.', // DOC: the example mutation's `time`
      '23:59:59Z',
      '00:00:00+18:00',
    ],
    invalid: [
      '24:00',
      '12:60',
      '12:30:60',
      '12:00:00.1234567890', // DESC: 1 to 9 fraction digits
      '12:30.5', // DESC: the seconds field must be given to use the fraction
      '12',
      '12h30',
      '12:30+05',
      '12:30+18:01',
      '1970-01-01T12:30Z',
    ],
  },
  AWSDateTime: {
    valid: [
      '1930-01-01T16:00:00-07:00', // DOC: the example mutation's `datetime`
      '1970-01-01T12:00:00.2Z', // DESC
      '1970-01-01T12:00:00.277Z', // DESC
      '1970-01-01T12:00:00.123456789Z', // DESC
      '-2017-01-01T00:00Z', // DESC
      '-9999-01-01T00:00Z', // DESC
      '2020-01-01T00:00+00:00', // accepted by AppSync (aws-amplify/amplify-cli#13210)
      '2020-01-01T00:00:00+05:30:15',
    ],
    invalid: [
      '2020-01-01T00:00:00', // DESC: "The time zone offset is compulsory for this scalar"
      '2020-01-01',
      '2019', // refused by AppSync (aws/aws-appsync-community#232)
      '2020-05-23T06:4:37.000Z', // refused by AppSync (aws-amplify/amplify-js#5963)
      '2020-01-01 00:00:00Z',
      '2020-02-30T00:00Z',
      '2020-01-01T24:00Z',
    ],
  },
  AWSEmail: {
    valid: [
      'example@example.com', // DOC
      'username@example.com', // DESC
      'a@b', // RFC 822 does not require a dot in the domain
      'first.last+tag@mail.example.co.uk',
      '"john doe"@example.com', // RFC 822 quoted-string local part
    ],
    invalid: [
      'example.com',
      'a@',
      '@example.com',
      'a b@example.com',
      'a..b@example.com',
      'a.@example.com',
      'a@b@c',
      'a@b..c',
      'josé@example.com',
    ],
  },
  AWSPhone: {
    valid: [
      '+1 555 764 4377', // DOC: the example mutation's `phoneno`
      '555-764-4377',
      '5557644377',
      '1 555 764 4377',
      '+44 20 7946 0958',
      '+91-98765-43210',
    ],
    invalid: [
      '1110004444', // refused by AppSync (aws-amplify/amplify-flutter#822)
      '(555) 764-4377', // DOC: spaces or hyphens separate digit groups
      '555.764.4377',
      '555 764 437',
      '555--764-4377',
      ' 555 764 4377',
      '+1 155 764 4377',
      '+0 123 4567',
      '+1234567890123456',
      'phone',
    ],
  },
  AWSURL: {
    valid: [
      'https://www.amazon.com/dp/B000NZW3KC/', // DOC
      'mailto:example@example.com', // DOC
      'https://amazon.com', // DOC: the example mutation's `url`
      'http://localhost/', // DESC: any scheme, local URLs too
      'ftp://ftp.example.com/pub/file.txt',
      'https://example.com/a?next=https://example.org/b',
    ],
    invalid: [
      'amazon.com', // DESC: no scheme
      'www.amazon.com', // DESC
      'https://www.amazon.com/dp//B000NZW3KC/', // DOC: no // in the path
      'https://',
      '/relative/path',
      'https://exa mple.com',
      'http://[::1',
    ],
  },
  AWSIPAddress: {
    valid: [
      '123.12.34.56', // DOC
      '1a2b:3c4b::1234:4567', // DOC
      '123.45.67.89/16', // DOC
      '127.0.0.1/8', // DOC: the example mutation's `ip`
      '::1',
      '2001:db8::/32',
      '0.0.0.0/0',
    ],
    invalid: [
      '256.1.1.1',
      '1.2.3',
      '[1a2b::1]',
      '1.2.3.4/33',
      '::1/129',
      '1.2.3.4/',
      '1.2.3.4/08',
      'fe80::1%eth0',
      'localhost',
    ],
  },
};

describe.each(Object.entries(STRING_SCALARS) as [ScalarName, StringCases][])('%s', (scalar, cases) => {
  it.each(cases.valid)('takes %j as a literal, unchanged', async (value) => {
    expect(receivedBy(await viaLiteral(scalar, JSON.stringify(value)))).toEqual({ [KEYS[scalar]]: value });
  });

  it.each(cases.valid)('takes %j as a variable, unchanged', async (value) => {
    expect(receivedBy(await viaVariable(scalar, value))).toEqual({ [KEYS[scalar]]: value });
  });

  it.each(cases.valid)('returns %j unchanged', async (value) => {
    expect(await asResult(scalar, value)).toEqual({ data: { [KEYS[scalar]]: value } });
  });

  it.each(cases.invalid)('refuses the literal %j', async (value) => {
    const result = await viaLiteral(scalar, JSON.stringify(value));
    expectRefused(result);
    expect(result.errors?.[0]?.message).toContain(`Unable to parse \`${value}\``);
  });

  it.each(cases.invalid)('refuses the variable %j', async (value) => {
    expectRefused(await viaVariable(scalar, value));
  });

  it.each(cases.invalid)('cannot return %j', async (value) => {
    expectUnserializable(await asResult(scalar, value), scalar);
  });

  it('refuses a literal that is not a string, and a variable or result that is not one', async () => {
    expectRefused(await viaLiteral(scalar, '19700101'));
    expectRefused(await viaVariable(scalar, 19700101));
    expectUnserializable(await asResult(scalar, 19700101), scalar);
  });
});

describe('AWSTimestamp', () => {
  // DESC: "The minimum supported timestamp value is -31557014167219200 … maximum … 31556889864403199"
  const cases = ['-123123', '0', '1700000000', '31556889864403199', '-31557014167219200'];

  it.each(cases)('takes the Int literal %s as a number', async (literal) => {
    expect(receivedBy(await viaLiteral('AWSTimestamp', literal))).toEqual({ timestamp: Number(literal) });
  });

  it('takes an integer variable and returns an integer result', async () => {
    expect(receivedBy(await viaVariable('AWSTimestamp', -123123))).toEqual({ timestamp: -123123 }); // DOC
    expect(await asResult('AWSTimestamp', 1_700_000_000)).toEqual({ data: { timestamp: 1_700_000_000 } });
  });

  it.each(['"1700000000"', '1.5', '1e3', '31556889864403200', '-31557014167219201', 'true'])(
    'refuses the literal %s',
    async (literal) => {
      expectRefused(await viaLiteral('AWSTimestamp', literal));
    },
  );

  it.each([['1700000000'], [1.5], [true], [{}]])(
    'refuses the variable %j and cannot return it',
    async (value) => {
      expectRefused(await viaVariable('AWSTimestamp', value));
      expectUnserializable(await asResult('AWSTimestamp', value), 'AWSTimestamp');
    },
  );
});

describe('AWSJSON', () => {
  // DOC: "Any valid JSON construct is automatically parsed and loaded in the resolver code as maps,
  // lists, or scalar values rather than as the literal input strings."
  const cases: readonly (readonly [string, unknown])[] = [
    ['{"a":1, "b":3, "string": 234}', { a: 1, b: 3, string: 234 }], // DOC: the example mutation's `json`
    ['{"upvotes": 10}', { upvotes: 10 }], // DESC
    ['[1,2,3]', [1, 2, 3]], // DESC
    ['"AWSJSON example string"', 'AWSJSON example string'], // DESC
    ['1', 1], // DESC
    ['true', true], // DESC
  ];

  it.each(cases)('parses the string literal %j for the resolver', async (text, parsed) => {
    expect(receivedBy(await viaLiteral('AWSJSON', JSON.stringify(text)))).toEqual({ json: parsed });
  });

  it.each(cases)('parses the string variable %j for the resolver', async (text, parsed) => {
    expect(receivedBy(await viaVariable('AWSJSON', text))).toEqual({ json: parsed });
  });

  it.each(cases)('returns the value of %j as a JSON string', async (text, parsed) => {
    expect(await asResult('AWSJSON', parsed)).toEqual({ data: { json: JSON.stringify(parsed) } });
  });

  // DESC: "Invalid JSON strings like {a: 1}, {'a': 1} and Unquoted string will throw GraphQL validation
  // errors."
  it.each(['{a: 1}', "{'a': 1}", 'Unquoted string', ''])('refuses the string %j', async (text) => {
    expectRefused(await viaLiteral('AWSJSON', JSON.stringify(text)));
    expectRefused(await viaVariable('AWSJSON', text));
  });

  it('refuses an object literal, as AppSync does (awslabs/aws-mobile-appsync-sdk-js#554)', async () => {
    expectRefused(await viaLiteral('AWSJSON', '{upvotes: 10}'));
    expectRefused(await viaLiteral('AWSJSON', '10'));
  });

  it('refuses a variable that is not a string', async () => {
    expectRefused(await viaVariable('AWSJSON', { upvotes: 10 }));
  });

  it('cannot return a value with no JSON form', async () => {
    expectUnserializable(await asResult('AWSJSON', 10n), 'AWSJSON');
  });
});

describe('error messages', () => {
  it('words a refused variable as AppSync does after its own prefix (aws-amplify/amplify-flutter#822)', async () => {
    const error = (await viaVariable('AWSPhone', '1110004444')).errors?.[0];
    expect(error?.message).toBe(
      'Variable "$v" got invalid value "1110004444"; Expected type "AWSPhone". ' +
        'Unable to parse `1110004444` as a valid phone number.',
    );
    expect(findAwsScalarError(error)).toMatchObject({
      scalar: 'AWSPhone',
      phase: 'parse',
      value: '1110004444',
      message: 'Unable to parse `1110004444` as a valid phone number.',
    });
  });

  it('words an unserializable result as AppSync does (aws-amplify/amplify-js#5963)', async () => {
    const error = (await asResult('AWSDateTime', '2020-05-23T06:4:37.000Z')).errors?.[0];
    expect(error?.message).toBe('Unable to serialize `2020-05-23T06:4:37.000Z` as a valid DateTime Object.');
    expect(findAwsScalarError(error)).toMatchObject({ scalar: 'AWSDateTime', phase: 'serialize' });
  });

  it('quotes a refused literal that is not a string by its GraphQL source', async () => {
    const error = (await viaLiteral('AWSJSON', '{upvotes: 10}')).errors?.[0];
    expect(error?.message).toBe(
      'Expected value of type "AWSJSON", found {upvotes: 10}; Unable to parse `{upvotes: 10}` as valid JSON.',
    );
    expect(findAwsScalarError(error)).toMatchObject({ scalar: 'AWSJSON', value: '{upvotes: 10}' });
  });
});
