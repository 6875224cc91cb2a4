import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RequestListener, Server, ServerResponse } from 'node:http';
import path from 'node:path';
import type { LocalService, ServiceOptions } from '../LocalService.js';
import { guardRequest } from '../guardRequest.js';
import { close, ensurePortFree } from '../listen.js';

// aws-ses-v2-local is CommonJS without an exports map; its store module is module-global, so every SES
// twin in one process shares one mailbox (tests run each file in its own process).
const require = createRequire(import.meta.url);
const sesLocal = (
  require('aws-ses-v2-local') as { default: (config: { host: string; port: number }) => Promise<Server> }
).default;
const store = require('aws-ses-v2-local/dist/store.js') as {
  saveEmail(email: StoredEmail): void;
  clearStore(): void;
  getStoreReadonly(): { readonly emails: readonly StoredEmail[] };
};

/** An email as the mailbox stores it (aws-ses-v2-local's `Email`). */
export interface StoredEmail {
  readonly messageId: string;
  readonly from: string;
  readonly destination: {
    readonly to: readonly string[];
    readonly cc: readonly string[];
    readonly bcc: readonly string[];
  };
  readonly subject: string;
  readonly body: { readonly html?: string; readonly text?: string };
  readonly at: number;
  readonly [other: string]: unknown;
}

export interface SesService extends LocalService {
  /** The mailbox web page, listing every email sent. */
  readonly mailboxUrl: string;
  /** Every email sent so far, oldest first. */
  emails(): readonly StoredEmail[];
}

/**
 * The SES twin: aws-ses-v2-local, which accepts SESv2 `SendEmail` (simple, raw, template) and SES v1
 * `SendEmail`/`SendRawEmail`, shows a mailbox page at `/` and the JSON store at `/store`. With a state
 * folder the mailbox is written to `mailbox.json` on stop and loaded at start.
 */
export async function startSes(options: ServiceOptions): Promise<SesService> {
  const file = options.stateDir && path.join(options.stateDir, 'mailbox.json');
  store.clearStore();
  if (file) {
    mkdirSync(options.stateDir, { recursive: true });
    for (const email of readMailbox(file)) store.saveEmail(email);
  }
  const server = await startServer(options.port);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const endpoint = `http://127.0.0.1:${port}`;
  let stopped = false;
  return {
    name: 'ses',
    endpoint,
    mailboxUrl: `${endpoint}/`,
    emails: () => store.getStoreReadonly().emails,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      if (file) writeFileSync(file, JSON.stringify(store.getStoreReadonly().emails, null, 1));
      await close(server);
    },
  };
}

async function startServer(port: number): Promise<Server> {
  // aws-ses-v2-local leaves listen errors unhandled (a crash, not a rejection): check the port first.
  await ensurePortFree(port, 'ses');
  const server = await sesLocal({ host: '127.0.0.1', port });
  // It gives no handler to mount, only a listening server: put the guard in front of its express app.
  // This runs as the listen resolves, before any connection's request can be read.
  const [app] = server.listeners('request') as RequestListener[];
  if (!app) throw new Error('aws-ses-v2-local started a server without a request listener');
  server.removeAllListeners('request');
  // SESv2 is restJson1 (JSON bodies); SES v1 is the query protocol (form-encoded).
  server.on(
    'request',
    guardRequest(
      { contentTypes: ['application/json', 'application/x-www-form-urlencoded'] },
      namedErrors(app),
    ),
  );
  return server;
}

/**
 * SESv2 (restJson1) names an error in the `x-amzn-ErrorType` header; aws-ses-v2-local puts it in a
 * `type` body member the AWS clients do not read, or nowhere, so the AWS CLI reported "An error occurred
 * (400)". This sets the header from `type`, else from the status as the SESv2 API reference's Errors
 * section names them: 400 `BadRequestException` ("The input you provided is invalid"), 404
 * `NotFoundException`. SES v1 (`/` with a form body, the query protocol) is left as it is.
 */
function namedErrors(app: RequestListener): RequestListener {
  return (request, response) => {
    if (request.url?.startsWith('/v2/')) {
      const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
      response.end = ((...args: unknown[]) => {
        if (!response.headersSent && response.statusCode >= 400 && !response.hasHeader('x-amzn-errortype')) {
          const code = typeOf(args[0]) ?? ERROR_BY_STATUS[response.statusCode];
          if (code) response.setHeader('x-amzn-errortype', code);
        }
        return end(...args);
      }) as ServerResponse['end'];
    }
    app(request, response);
  };
}

const ERROR_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'BadRequestException',
  404: 'NotFoundException',
};

/** The `type` member of a JSON error body, if it names an exception. */
function typeOf(chunk: unknown): string | undefined {
  if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) return undefined;
  try {
    const { type } = JSON.parse(chunk.toString()) as { type?: unknown };
    return typeof type === 'string' && /^[A-Za-z]+Exception$/.test(type) ? type : undefined;
  } catch {
    return undefined;
  }
}

function readMailbox(file: string): StoredEmail[] {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as StoredEmail[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`Cannot read the mailbox at ${file}: ${(error as Error).message}`, { cause: error });
  }
}
