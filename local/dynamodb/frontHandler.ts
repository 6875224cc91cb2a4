import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { AwsError } from '../AwsError.js';
import { sendError, sendResult } from './awsJsonResponse.js';
import type { Dynalite } from './Dynalite.js';
import type { DynamoDbProvider } from './DynamoDbProvider.js';
import type { TransactionLock } from './TransactionLock.js';

/** What the front server routes to. */
export interface FrontContext {
  readonly provider: DynamoDbProvider;
  readonly dynalite: Dynalite;
  readonly lock: TransactionLock;
  readonly log?: (line: string) => void;
}

// The body AWS accepts at most (dynalite's limit too).
const MAX_BODY_BYTES = 16 * 1024 * 1024;

/**
 * The twin's front server: the operations dynalite lacks go to the provider; everything else (its
 * operations, its `UnknownOperationException` for the rest, its health page) is forwarded to dynalite
 * untouched, under the shared hold of the lock, so that no request runs inside a transaction.
 */
export function frontHandler(context: FrontContext): RequestListener {
  const { provider } = context;
  const operations: Readonly<Record<string, (body: unknown) => Promise<unknown>>> = {
    TransactWriteItems: (body) => provider.transactWriteItems(body),
    TransactGetItems: (body) => provider.transactGetItems(body),
    UpdateTimeToLive: (body) => provider.updateTimeToLive(body),
    // dynalite has this one, but always answers DISABLED.
    DescribeTimeToLive: (body) => provider.describeTimeToLive(body),
  };
  return (req, res) => {
    const target = req.headers['x-amz-target'];
    const [api, operation] = typeof target === 'string' ? target.split('.') : [];
    const run = api === 'DynamoDB_20120810' && operation !== undefined ? operations[operation] : undefined;
    if (req.method === 'POST' && run) {
      void serve(req, res, run, context.log);
      return;
    }
    void context.lock.acquire('shared').then((release) => {
      res.once('close', release);
      context.dynalite.forward(req, res);
    });
  };
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  run: (body: unknown) => Promise<unknown>,
  log: ((line: string) => void) | undefined,
): Promise<void> {
  try {
    const text = await readBody(req);
    if (
      !req.headers.authorization &&
      !new URL(req.url ?? '/', 'http://host').searchParams.has('X-Amz-Algorithm')
    ) {
      throw new AwsError('MissingAuthenticationTokenException', 'Request is missing Authentication Token');
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new AwsError('SerializationException', 'Malformed JSON in the request body');
    }
    sendResult(res, await run(body));
  } catch (error) {
    sendError(res, error, log);
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new AwsError('SerializationException', 'Request body is too large', 413);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
