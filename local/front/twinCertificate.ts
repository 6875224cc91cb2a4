import { X509Certificate, createPrivateKey } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from 'selfsigned';

/** The twin's TLS certificate and key (PEM), and the file a client trusts. */
export interface TwinCertificate {
  readonly cert: string;
  readonly key: string;
  /** `<dir>/cert.pem`: what `NODE_EXTRA_CA_CERTS`, `curl --cacert` or a browser's trust store is given. */
  readonly certFile: string;
}

/** The names the certificate covers: the twin listens on 127.0.0.1, and a browser may say `localhost`. */
export const TWIN_CERTIFICATE_NAMES = { dns: ['localhost'], ips: ['127.0.0.1', '::1'] } as const;

// A year: within what Apple platforms accept for any TLS server certificate (825 days) and what browsers
// accept from public CAs (398 days), so that trusting it is enough everywhere.
const VALID_DAYS = 365;
// Reused until this close to its end, then replaced, so that a running twin never serves an expired one.
const RENEW_DAYS_BEFORE = 30;
const DAY_MS = 86_400_000;

/**
 * The certificate `npm start -- --https` serves, kept in `dir` (`<state folder>/tls`: `cert.pem`, and
 * `key.pem` readable by its owner only): made on first use, offline, and reused afterwards so that a
 * client told to trust it keeps trusting it. It is made again when it is missing, unreadable, not the
 * key's, not for 127.0.0.1, or within 30 days of its end; a client must then trust the new one.
 *
 * It is a self-signed end-entity certificate (CA:FALSE, server authentication, EC P-256, SHA-256) for
 * `localhost`, `127.0.0.1` and `::1`, the shape of `dotnet dev-certs https`: trusting it trusts this one
 * certificate for those names and nothing else, since it cannot sign others.
 */
export async function twinCertificate(dir: string, now: Date = new Date()): Promise<TwinCertificate> {
  const certFile = path.join(dir, 'cert.pem');
  const keyFile = path.join(dir, 'key.pem');
  const kept = readKept(certFile, keyFile, now);
  if (kept) return kept;
  const pems = await generate([{ name: 'commonName', value: 'ShopSync local twin' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate: new Date(now.getTime() + VALID_DAYS * DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...TWIN_CERTIFICATE_NAMES.dns.map((value) => ({ type: 2 as const, value })),
          ...TWIN_CERTIFICATE_NAMES.ips.map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(keyFile, pems.private, { mode: 0o600 });
  writeFileSync(certFile, pems.cert);
  return { cert: pems.cert, key: pems.private, certFile };
}

/** The kept certificate and key when both read, match, cover 127.0.0.1 and have time left; else undefined. */
function readKept(certFile: string, keyFile: string, now: Date): TwinCertificate | undefined {
  try {
    const cert = readFileSync(certFile, 'utf8');
    const key = readFileSync(keyFile, 'utf8');
    const x509 = new X509Certificate(cert);
    const usable =
      x509.checkPrivateKey(createPrivateKey(key)) &&
      x509.checkIP('127.0.0.1') !== undefined &&
      new Date(x509.validFrom).getTime() <= now.getTime() &&
      new Date(x509.validTo).getTime() - now.getTime() > RENEW_DAYS_BEFORE * DAY_MS;
    return usable ? { cert, key, certFile } : undefined;
  } catch {
    // Missing or not PEM: made again.
    return undefined;
  }
}
