import { authErrors } from './authErrors.js';

/** The parts of an `Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...` header. */
export interface SigV4Authorization {
  readonly accessKeyId: string;
  /** The credential scope: `YYYYMMDD/<region>/<service>/aws4_request`. */
  readonly scope: {
    readonly date: string;
    readonly region: string;
    readonly service: string;
    readonly terminator: string;
  };
  /** Lower-case header names, in the order given. */
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

export const SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256';

/**
 * Parses a SigV4 `Authorization` header (AWS General Reference, "Signature Version 4 request
 * elements"). Throws `authErrors.incompleteSignature(...)` naming what is missing, as AWS does.
 */
export function parseSigV4Authorization(header: string): SigV4Authorization {
  if (!header.startsWith(`${SIGV4_ALGORITHM} `)) {
    throw authErrors.incompleteSignature(`Unsupported authorization type. Authorization=${header}`);
  }
  const parameters = new Map<string, string>();
  for (const part of header.slice(SIGV4_ALGORITHM.length + 1).split(',')) {
    const separator = part.indexOf('=');
    if (separator > 0) parameters.set(part.slice(0, separator).trim(), part.slice(separator + 1).trim());
  }
  const missing = ['Credential', 'SignedHeaders', 'Signature'].filter((name) => !parameters.get(name));
  if (missing.length > 0) {
    throw authErrors.incompleteSignature(
      `${missing.map((name) => `Authorization header requires '${name}' parameter.`).join(' ')} Authorization=${header}`,
    );
  }

  const credential = parameters.get('Credential') ?? '';
  const parts = credential.split('/');
  const [date = '', region = '', service = '', terminator = ''] = parts.slice(-4);
  const accessKeyId = parts.slice(0, -4).join('/');
  if (parts.length < 5 || !accessKeyId || !/^\d{8}$/.test(date) || !region || !service) {
    throw authErrors.incompleteSignature(
      `Credential should be scoped to a valid region, not '${region}'. Credential=${credential}`,
    );
  }
  if (terminator !== 'aws4_request') {
    throw authErrors.incompleteSignature(
      `Credential should be scoped with a valid terminator: 'aws4_request', not '${terminator}'.`,
    );
  }
  return {
    accessKeyId,
    scope: { date, region, service, terminator },
    signedHeaders: (parameters.get('SignedHeaders') ?? '').split(';').map((name) => name.toLowerCase()),
    signature: parameters.get('Signature') ?? '',
  };
}
