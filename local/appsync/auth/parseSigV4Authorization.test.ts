import { describe, expect, it } from 'vitest';
import { parseSigV4Authorization } from './parseSigV4Authorization.js';

const SIGNATURE = 'a'.repeat(64);

describe('parseSigV4Authorization', () => {
  it('reads the credential scope, signed headers and signature of an SDK-style header', () => {
    expect(
      parseSigV4Authorization(
        `AWS4-HMAC-SHA256 Credential=local/20260115/us-east-1/appsync/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=${SIGNATURE}`,
      ),
    ).toEqual({
      accessKeyId: 'local',
      scope: { date: '20260115', region: 'us-east-1', service: 'appsync', terminator: 'aws4_request' },
      signedHeaders: ['content-type', 'host', 'x-amz-date'],
      signature: SIGNATURE,
    });
  });

  it('accepts parameters without spaces after the commas', () => {
    const parsed = parseSigV4Authorization(
      `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260115/eu-west-1/appsync/aws4_request,SignedHeaders=host;x-amz-date,Signature=${SIGNATURE}`,
    );
    expect(parsed.scope.region).toBe('eu-west-1');
    expect(parsed.signedHeaders).toEqual(['host', 'x-amz-date']);
  });

  it('names each missing parameter, as AWS does (IncompleteSignatureException)', () => {
    expect(() =>
      parseSigV4Authorization('AWS4-HMAC-SHA256 Credential=local/20260115/us-east-1/appsync/aws4_request'),
    ).toThrow(
      "Authorization header requires 'SignedHeaders' parameter. Authorization header requires 'Signature' parameter.",
    );
  });

  it('refuses a scope without region or with another terminator', () => {
    expect(() =>
      parseSigV4Authorization(
        `AWS4-HMAC-SHA256 Credential=local/20260115/appsync/aws4_request, SignedHeaders=host, Signature=${SIGNATURE}`,
      ),
    ).toThrow('Credential should be scoped to a valid region');
    expect(() =>
      parseSigV4Authorization(
        `AWS4-HMAC-SHA256 Credential=local/20260115/us-east-1/appsync/aws5, SignedHeaders=host, Signature=${SIGNATURE}`,
      ),
    ).toThrow("valid terminator: 'aws4_request'");
  });
});
