import { describe, expect, it } from 'vitest';
import { createUtil } from '../createUtil.js';
import { testInvocation } from '../testInvocation.js';

const RECORDED = 'localstack/appsync-utils __tests__/__snapshots__/index.test.js.snap';
const DOCS = 'https://docs.aws.amazon.com/appsync/latest/devguide/dynamodb-helpers-in-util-dynamodb-js.html';
const { dynamodb } = createUtil(() => testInvocation());
const beep = { foo: 'bar', baz: 1234, beep: ['boop'] };
const beepValues = { foo: { S: 'bar' }, baz: { N: 1234 }, beep: { L: [{ S: 'boop' }] } };

describe(`util.dynamodb, as recorded on AWS (${RECORDED}) and documented (${DOCS})`, () => {
  it('toDynamoDB: string, number (a JSON number), boolean, list and map', () => {
    expect(dynamodb.toDynamoDB('test')).toEqual({ S: 'test' });
    expect(JSON.stringify(dynamodb.toDynamoDB(12345))).toBe('{"N":12345}');
    expect(dynamodb.toDynamoDB(true)).toEqual({ BOOL: true });
    expect(dynamodb.toDynamoDB(['foo', 123, { bar: 'baz' }])).toEqual({
      L: [{ S: 'foo' }, { N: 123 }, { M: { bar: { S: 'baz' } } }],
    });
    expect(dynamodb.toDynamoDB(beep)).toEqual({ M: beepValues });
  });

  it('toDynamoDB: null is NULL, and nested nulls too', () => {
    expect(dynamodb.toDynamoDB(null)).toEqual({ NULL: null });
    expect(dynamodb.toDynamoDB({ a: null, b: [null] })).toEqual({
      M: { a: { NULL: null }, b: { L: [{ NULL: null }] } },
    });
  });

  it('toString, toStringSet', () => {
    expect(dynamodb.toString('test')).toEqual({ S: 'test' });
    expect(dynamodb.toStringSet(['foo', 'bar', 'baz'])).toEqual({ SS: ['foo', 'bar', 'baz'] });
  });

  it('toNumber, toNumberSet keep JSON numbers', () => {
    expect(JSON.stringify(dynamodb.toNumber(12345))).toBe('{"N":12345}');
    expect(JSON.stringify(dynamodb.toNumberSet([1, 23, 4.56]))).toBe('{"NS":[1,23,4.56]}');
  });

  it('toBinary, toBinarySet, toBoolean, toNull', () => {
    expect(dynamodb.toBinary('foo')).toEqual({ B: 'foo' });
    expect(dynamodb.toBinarySet(['foo', 'bar', 'baz'])).toEqual({ BS: ['foo', 'bar', 'baz'] });
    expect(dynamodb.toBoolean(true)).toEqual({ BOOL: true });
    expect(dynamodb.toNull()).toEqual({ NULL: null });
  });

  it('toList, toMap, toMapValues (toMapValues(x) equals toMap(x).M)', () => {
    expect(dynamodb.toList(['foo', 123, { bar: 'baz' }])).toEqual({
      L: [{ S: 'foo' }, { N: 123 }, { M: { bar: { S: 'baz' } } }],
    });
    expect(dynamodb.toMap(beep)).toEqual({ M: beepValues });
    expect(dynamodb.toMapValues(beep)).toEqual(beepValues);
  });

  it('toS3Object writes compact JSON, with the version when given', () => {
    expect(dynamodb.toS3Object('foo', 'bar', 'baz')).toEqual({
      S: '{"s3":{"key":"foo","bucket":"bar","region":"baz"}}',
    });
    expect(dynamodb.toS3Object('foo', 'bar', 'baz', 'beep')).toEqual({
      S: '{"s3":{"key":"foo","bucket":"bar","region":"baz","version":"beep"}}',
    });
  });

  it('fromS3ObjectJson reads the string, or the { S } attribute the docs pass', () => {
    const attribute = dynamodb.toS3Object('foo', 'bar', 'baz', 'beep')!;
    const expected = { key: 'foo', bucket: 'bar', region: 'baz', version: 'beep' };
    expect(dynamodb.fromS3ObjectJson(attribute.S)).toEqual(expected);
    expect(dynamodb.fromS3ObjectJson(attribute as never)).toEqual(expected);
  });

  it('the typed helpers answer null for a missing input (their typings: "| null")', () => {
    expect(dynamodb.toString(null)).toBeNull();
    expect(dynamodb.toNumber(undefined)).toBeNull();
    expect(dynamodb.toStringSet(null)).toBeNull();
    expect(dynamodb.toList(null)).toBeNull();
    expect(dynamodb.toMapValues(null)).toBeNull();
  });
});
