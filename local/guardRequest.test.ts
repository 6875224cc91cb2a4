import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardRequest } from './guardRequest.js';
import { close, listen } from './listen.js';

interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

const SHOP = 'http://127.0.0.1:4000';
let server: Server;
let port: number;
/** How many requests reached the service behind the guard. */
let served = 0;

beforeAll(async () => {
  server = createServer(
    guardRequest(
      { contentTypes: ['application/x-amz-json-1.1'], corsOrigins: [SHOP] },
      (_request, response) => {
        served += 1;
        response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end('{}');
      },
    ),
  );
  port = Number(new URL(await listen(server, 0, 'guarded')).port);
});
afterAll(() => close(server));

/** A request with exactly these headers (fetch cannot set `host`); `chunked` sends the body without a length. */
function send(
  headers: Record<string, string>,
  options: { readonly method?: string; readonly body?: string; readonly chunked?: boolean } = {},
): Promise<Answer> {
  const { method = 'POST', body, chunked = false } = options;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: '/',
        headers: {
          host: `127.0.0.1:${port}`,
          ...(body !== undefined && !chunked ? { 'content-length': Buffer.byteLength(body) } : {}),
          ...headers,
        },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    if (chunked && body !== undefined) outgoing.write(body);
    outgoing.end(chunked ? undefined : body);
  });
}

const json = { 'content-type': 'application/x-amz-json-1.1' };

describe('guardRequest', () => {
  it('serves requests to its own port by either loopback name, and refuses any other host', async () => {
    const before = served;
    expect((await send(json, { body: '{}' })).status).toBe(200);
    expect((await send({ ...json, host: `LOCALHOST:${port}` }, { body: '{}' })).status).toBe(200);
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1']) {
      const refused = await send({ ...json, host }, { body: '{}' });
      expect(refused.status, host).toBe(403);
      expect(refused.headers['x-amzn-errortype']).toBe('AccessDeniedException');
      expect(JSON.parse(refused.body)).toMatchObject({ __type: 'AccessDeniedException' });
    }
    expect(served - before).toBe(2);
  });

  it('takes a body only in its protocol’s content types, parameters aside; a bodyless request in any', async () => {
    expect(
      (await send({ 'content-type': 'application/x-amz-json-1.1; charset=utf-8' }, { body: '{}' })).status,
    ).toBe(200);
    expect((await send({}, { method: 'GET' })).status).toBe(200);
    for (const headers of [
      { 'content-type': 'text/plain;charset=UTF-8' },
      { 'content-type': 'application/json' },
      {},
    ] as Record<string, string>[]) {
      const refused = await send(headers, { body: '{}' });
      expect(refused.status).toBe(415);
      expect(refused.headers['x-amzn-errortype']).toBe('UnsupportedMediaTypeException');
    }
    expect((await send({ 'content-type': 'text/plain' }, { body: '{}', chunked: true })).status).toBe(415);
  });

  it('takes a body without Content-Type as application/octet-stream (RFC 9110 §8.3), as the AWS CLI sends a Lambda payload', async () => {
    const blobs = createServer(
      guardRequest({ contentTypes: ['application/octet-stream', 'application/json'] }, (_request, response) =>
        response.writeHead(200).end('{}'),
      ),
    );
    const blobPort = Number(new URL(await listen(blobs, 0, 'blobs')).port);
    try {
      const answer = await new Promise<number>((resolve, reject) =>
        request(
          { host: '127.0.0.1', port: blobPort, method: 'POST', headers: { 'content-length': 2 } },
          (incoming) => resolve(incoming.resume().statusCode ?? 0),
        )
          .on('error', reject)
          .end('{}'),
      );
      expect(answer).toBe(200);
    } finally {
      await close(blobs);
    }
    // Where octet-stream is not the protocol's (the test above), a body without a type stays refused.
    expect((await send({}, { body: '{}' })).status).toBe(415);
  });

  it('answers a refused form post in the query protocol’s XML', async () => {
    const refused = await send(
      { 'content-type': 'application/x-www-form-urlencoded' },
      { body: 'Action=Publish' },
    );
    expect(refused.status).toBe(415);
    expect(refused.headers['content-type']).toBe('text/xml');
    expect(refused.body).toMatch(
      /^<ErrorResponse><Error><Type>Sender<\/Type><Code>UnsupportedMediaTypeException<\/Code><Message>Unsupported content type application\/x-www-form-urlencoded: this service accepts application\/x-amz-json-1\.1\.<\/Message><\/Error><RequestId>[0-9a-f-]{36}<\/RequestId><\/ErrorResponse>$/,
    );
  });

  it('serves its own pages and the allowed origins, with CORS for the latter only; refuses other pages', async () => {
    const own = await send({ ...json, origin: `http://localhost:${port}` }, { body: '{}' });
    expect(own.status).toBe(200);
    expect(own.headers['access-control-allow-origin']).toBeUndefined();

    for (const origin of [SHOP, 'http://localhost:4000']) {
      const preflight = await send(
        {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-amz-target',
        },
        { method: 'OPTIONS' },
      );
      expect(preflight.status).toBe(204);
      expect(preflight.headers).toMatchObject({
        'access-control-allow-origin': origin,
        'access-control-allow-headers': 'content-type,x-amz-target',
        vary: 'Origin',
      });
      const call = await send({ ...json, origin }, { body: '{}' });
      expect(call.status).toBe(200);
      expect(call.headers['access-control-allow-origin']).toBe(origin);
    }

    for (const origin of [
      'https://evil.example',
      'null',
      'http://127.0.0.1:4001',
      'https://127.0.0.1:4000',
    ]) {
      const preflight = await send(
        { origin, 'access-control-request-method': 'POST' },
        { method: 'OPTIONS' },
      );
      expect(preflight.status, origin).toBe(403);
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      const call = await send({ ...json, origin }, { body: '{}' });
      expect(call.status, origin).toBe(403);
      expect(call.headers['x-amzn-errortype']).toBe('AccessDeniedException');
    }
  });
});
