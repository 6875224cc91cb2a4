import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { twinCertificate } from './twinCertificate.js';

const root = mkdtempSync(path.join(tmpdir(), 'shopsync-certificate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const DAY_MS = 86_400_000;

describe('twinCertificate', () => {
  it('makes a self-signed server certificate for localhost, 127.0.0.1 and ::1, its key readable by its owner only', async () => {
    const dir = path.join(root, 'fresh');
    const now = new Date('2026-12-01T10:00:00Z');
    const made = await twinCertificate(dir, now);

    expect(made.certFile).toBe(path.join(dir, 'cert.pem'));
    expect(readFileSync(made.certFile, 'utf8')).toBe(made.cert);
    expect(statSync(path.join(dir, 'key.pem')).mode & 0o777).toBe(0o600);
    const x509 = new X509Certificate(made.cert);
    expect(x509.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1');
    expect(x509.checkHost('localhost')).toBe('localhost');
    expect(x509.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(x509.checkIP('::1')).toBeDefined();
    // Its own issuer, and no CA: trusting it trusts this one certificate.
    expect(x509.issuer).toBe(x509.subject);
    expect(x509.verify(x509.publicKey)).toBe(true);
    expect(x509.ca).toBe(false);
    expect(x509.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']); // extended key usage: server authentication
    expect(new Date(x509.validTo).getTime() - now.getTime()).toBe(365 * DAY_MS);
  });

  it('reuses the kept certificate, so that a client that trusts it keeps trusting it', async () => {
    const dir = path.join(root, 'kept');
    const first = await twinCertificate(dir, new Date('2026-12-01T10:00:00Z'));
    const later = await twinCertificate(dir, new Date('2027-10-01T10:00:00Z'));
    expect(later).toEqual(first);
  });

  it('makes a new one within 30 days of the end, and in place of unreadable files', async () => {
    const dir = path.join(root, 'renewed');
    const first = await twinCertificate(dir, new Date('2026-12-01T10:00:00Z'));
    const renewed = await twinCertificate(dir, new Date('2027-11-02T10:00:00Z'));
    expect(renewed.cert).not.toBe(first.cert);
    expect(new X509Certificate(renewed.cert).validTo).toBe('Nov  1 10:00:00 2028 GMT');

    writeFileSync(path.join(dir, 'key.pem'), 'not a key');
    const replaced = await twinCertificate(dir, new Date('2027-11-02T10:00:00Z'));
    expect(replaced.cert).not.toBe(renewed.cert);
    expect(replaced.key).not.toBe('not a key');
  });
});
