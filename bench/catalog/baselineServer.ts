/**
 * The bare baseline of the catalog benchmark, run as its own process by `startBaseline`:
 *
 *   node --import tsx bench/catalog/baselineServer.ts --db <file.sqlite> --currency EUR --secret-arn <arn>
 *
 * A plain `node:http` server on a free loopback port answering `POST /graphql` with graphql-js
 * `graphql()` (parse, validate, execute on every request) over the twin's schema, whose `products` and
 * `product` root fields run the catalog function's own code (`dispatch`: its SQL, its row mapping, its
 * page tokens) on better-sqlite3 in this process: no resolver sandbox, no Lambda, no Data API, no auth.
 * Prints `baseline listening at <url>` once it listens; stops on SIGTERM.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { graphql } from 'graphql';
import { dispatch } from '../../functions/catalog/dispatch.js';
import type { CatalogEvent } from '../../functions/catalog/CatalogEvent.js';
import type { CatalogDeps } from '../../functions/catalog/CatalogDeps.js';
import { pageTokenKey } from '../../functions/catalog/pageTokenKey.js';
import { newId } from '../../functions/lib/newId.js';
import { buildTwinSchema } from '../../local/appsync/schema/index.js';
import { sqliteExecutor } from './sqliteExecutor.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    currency: { type: 'string' },
    'secret-arn': { type: 'string' },
  },
});
if (!values.db || !values.currency || !values['secret-arn']) {
  throw new Error('baselineServer needs --db, --currency and --secret-arn');
}

const db = new Database(values.db);
// As the Data API twin opens its file.
db.pragma('journal_mode = WAL');
db.pragma('foreign_keys = ON');
const deps: CatalogDeps = {
  db: sqliteExecutor(db),
  currency: values.currency,
  // The twin's catalog function derives its key from the same secret ARN: the same tokens come out.
  pageTokenKey: pageTokenKey(values['secret-arn']),
  now: () => new Date(),
  newId: () => newId(Date.now(), randomBytes(10)),
};

/** Runs one catalog operation as a guest (the API key's caller) and answers its data or throws its error. */
async function catalog(event: CatalogEvent): Promise<unknown> {
  const result = await dispatch(event, deps);
  if (result.error) throw new Error(`${result.error.type}: ${result.error.message}`);
  return result.data;
}

const schema = buildTwinSchema();
const rootValue = {
  products: (args: Extract<CatalogEvent, { operation: 'products' }>['arguments']) =>
    catalog({ operation: 'products', arguments: args, caller: null }),
  product: (args: Extract<CatalogEvent, { operation: 'product' }>['arguments']) =>
    catalog({ operation: 'product', arguments: args, caller: null }),
};

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    void (async () => {
      if (request.method !== 'POST' || request.url !== '/graphql') {
        response.writeHead(404).end();
        return;
      }
      const { query, variables, operationName } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        query: string;
        variables?: Record<string, unknown>;
        operationName?: string;
      };
      const result = await graphql({
        schema,
        source: query,
        rootValue,
        variableValues: variables,
        operationName,
      });
      const body = JSON.stringify(result);
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      });
      response.end(body);
    })().catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  console.log(`baseline listening at http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
});
// The bench talks to it over no channel but HTTP; its IPC channel closing means the bench has ended.
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  db.close();
  process.exit(0);
});
