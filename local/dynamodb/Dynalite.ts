import dynalite from 'dynalite';
import { Agent, request } from 'node:http';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { AwsError } from '../AwsError.js';
import { guardRequest } from '../guardRequest.js';
import { close, listen } from '../listen.js';
import type { WireRequest } from './wire.js';

/** Where dynalite keeps its tables and what its ARNs say. */
export interface DynaliteOptions {
  /** LevelDB folder; undefined keeps everything in memory. */
  readonly path?: string;
  readonly region: string;
  readonly accountId: string;
}

/**
 * dynalite 4 running in this process: the engine behind the DynamoDB twin. It listens on a private port
 * of its own, which only the twin uses ({@link Dynalite.call}); callers reach it through the twin's front
 * server, which {@link Dynalite.forward}s what dynalite implements.
 */
export class Dynalite {
  private constructor(
    private readonly server: Server,
    /** dynalite's own request listener, which the front hands requests it already checked. */
    private readonly handle: RequestListener,
    private readonly port: number,
    private readonly agent: Agent,
  ) {}

  /** Starts dynalite with tables that turn ACTIVE at once, as a test or a local run wants. */
  static async start(options: DynaliteOptions): Promise<Dynalite> {
    const server = withAwsEnvironment(options, () =>
      dynalite({
        createTableMs: 0,
        deleteTableMs: 0,
        updateTableMs: 0,
        ...(options.path !== undefined && { path: options.path }),
      }),
    );
    // The private port is a listener of the twin too: it gets the guard of every internal service.
    const [handle] = server.listeners('request') as RequestListener[];
    if (!handle) throw new Error('dynalite made a server without a request listener');
    server.removeAllListeners('request');
    server.on('request', guardRequest({ contentTypes: ['application/x-amz-json-1.0'] }, handle));
    const endpoint = await listen(server, 0, 'dynamodb (dynalite)');
    return new Dynalite(server, handle, Number(new URL(endpoint).port), new Agent({ keepAlive: true }));
  }

  /**
   * Hands a caller's request to dynalite's own request listener, untouched: dynalite reads the body,
   * checks the (loosely verified) SigV4 header and answers on `res`. No second HTTP hop.
   */
  forward(req: IncomingMessage, res: ServerResponse): void {
    this.handle(req, res);
  }

  /**
   * Runs one operation dynalite implements and resolves to its answer; an AWS error answer rejects with
   * the matching {@link AwsError} (code, message, status, and any other member of the error body).
   */
  async call<T>(operation: string, body: WireRequest): Promise<T> {
    const payload = JSON.stringify(body);
    const { status, json } = await new Promise<{ status: number; json: Record<string, unknown> }>(
      (resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: this.port,
            method: 'POST',
            path: '/',
            agent: this.agent,
            headers: {
              'content-type': 'application/x-amz-json-1.0',
              'content-length': Buffer.byteLength(payload),
              'x-amz-target': `DynamoDB_20120810.${operation}`,
              'x-amz-date': '20000101T000000Z',
              // dynalite only checks that the header names these three parts.
              authorization:
                'AWS4-HMAC-SHA256 Credential=twin/20000101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('error', reject);
            res.on('end', () => {
              try {
                const text = Buffer.concat(chunks).toString('utf8');
                resolve({
                  status: res.statusCode ?? 500,
                  json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
                });
              } catch (error) {
                reject(error instanceof Error ? error : new Error(String(error)));
              }
            });
          },
        );
        req.on('error', reject);
        req.end(payload);
      },
    );
    if (status === 200) return json as T;
    throw awsErrorOf(json, status);
  }

  /** Closes the private port and the LevelDB store (which flushes it to disk). */
  async stop(): Promise<void> {
    this.agent.destroy();
    await close(this.server);
  }
}

/** An AWS error body (`{"__type":"ns#Code","message":...}`) as an {@link AwsError}. */
function awsErrorOf(body: Record<string, unknown>, status: number): AwsError {
  const { __type, message, Message, ...extra } = body;
  const code = typeof __type === 'string' ? (__type.split('#').pop() ?? __type) : 'InternalFailure';
  const text = typeof message === 'string' ? message : typeof Message === 'string' ? Message : '';
  return new AwsError(code, text, status, extra);
}

/**
 * dynalite reads the account and region of its ARNs from the environment once, when its store is made;
 * set them for that synchronous moment only, so that the twin's options win and nothing else sees them.
 */
function withAwsEnvironment<T>(options: DynaliteOptions, make: () => T): T {
  const saved = { AWS_ACCOUNT_ID: process.env.AWS_ACCOUNT_ID, AWS_REGION: process.env.AWS_REGION };
  process.env.AWS_ACCOUNT_ID = options.accountId;
  process.env.AWS_REGION = options.region;
  try {
    return make();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
