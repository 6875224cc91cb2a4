import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { productImageHandler } from '../web/productImageHandler.js';
import { staticSiteHandler } from '../web/staticSiteHandler.js';
import { startFront } from './startFront.js';
import type { FrontService } from './startFront.js';
import { twinCertificate } from './twinCertificate.js';

let front: FrontService | undefined;
afterEach(async () => front?.stop());

describe('the twin front', () => {
  it('answers /health with 503 while any service starts, and 200 once all are ready', async () => {
    front = await startFront(0);
    front.setState('dynamodb', 'starting');
    front.setState('ses', 'ready', 'http://127.0.0.1:1');
    let response = await fetch(`${front.endpoint}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'starting',
      services: { dynamodb: { state: 'starting' }, ses: { state: 'ready', endpoint: 'http://127.0.0.1:1' } },
    });
    front.setState('dynamodb', 'ready', 'http://127.0.0.1:2');
    response = await fetch(`${front.endpoint}/health`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { status: string }).status).toBe('ready');
  });

  it('serves /config.json, with CORS for the app, once it is set', async () => {
    front = await startFront(0);
    expect((await fetch(`${front.endpoint}/config.json`)).status).toBe(503);
    front.setConfig({ region: 'us-east-1' });
    const response = await fetch(`${front.endpoint}/config.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toEqual({ region: 'us-east-1' });
  });

  it('serves /_twin/metrics as read at each request, once set', async () => {
    front = await startFront(0);
    expect((await fetch(`${front.endpoint}/_twin/metrics`)).status).toBe(503);
    let invocations = 0;
    front.setMetrics(() => Promise.resolve({ lambda: { catalog: { invocations } } }));
    invocations = 3;
    const response = await fetch(`${front.endpoint}/_twin/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ lambda: { catalog: { invocations: 3 } } });
    front.setMetrics(() => Promise.reject(new Error('The Data API thread is stopped')));
    const failed = await fetch(`${front.endpoint}/_twin/metrics`);
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ message: 'The Data API thread is stopped' });
  });

  it('passes other paths to mounted handlers, and answers 404 for the rest', async () => {
    front = await startFront(0);
    front.mount((request, response) => {
      if (request.url !== '/graphql') return false;
      response.end('graphql here');
      return true;
    });
    expect(await (await fetch(`${front.endpoint}/graphql`)).text()).toBe('graphql here');
    expect((await fetch(`${front.endpoint}/nowhere`)).status).toBe(404);
    expect((await fetch(`${front.endpoint}/`)).headers.get('content-type')).toMatch(/text\/html/);
    front.setConfig({ mailboxUrl: 'http://127.0.0.1:4005/' });
    const page = await (await fetch(`${front.endpoint}/`)).text();
    expect(page).toContain('href="http://127.0.0.1:4005/"');
    expect(page).toContain('href="http://127.0.0.1:4005/store"');
  });

  it('answers 400, not 500, to request targets that are not well-formed, whatever is mounted', async () => {
    // As the twin mounts them with a built app: the product pictures, then the app for every other path.
    const site = mkdtempSync(path.join(tmpdir(), 'shopsync-front-'));
    writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>app</title>');
    try {
      front = await startFront(0);
      front.mount(productImageHandler([]));
      front.mount(staticSiteHandler(site));
      for (const target of ['/%', '/images/%E0%A4%A.svg', '/graphql/%', '/%E0%A4%A', '/a/%zz', '//']) {
        const { status, body } = await rawGet(front.endpoint, target);
        expect(status, target).toBe(400);
        expect(body, target).not.toMatch(/URI malformed|Invalid URL/);
      }
      expect((await rawGet(front.endpoint, '/%41pp')).status).toBe(200);
      expect((await rawGet(front.endpoint, '/images/TEA-1.svg')).status).toBe(200);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('fails at once, naming the port, when the port is taken', async () => {
    front = await startFront(0);
    const port = Number(new URL(front.endpoint).port);
    await expect(startFront(port)).rejects.toThrow(`Port ${port} for twin is already in use`);
  });
});

describe('the twin front with a certificate (npm start -- --https)', () => {
  it('serves every route over TLS, verified against the certificate alone, and over plain HTTP on the same port', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shopsync-front-tls-'));
    try {
      const certificate = await twinCertificate(dir);
      front = await startFront(0, { tls: certificate });
      front.mount((request, response) => {
        if (request.url !== '/graphql') return false;
        response.end(`graphql over ${'encrypted' in request.socket ? 'TLS' : 'plain HTTP'}`);
        return true;
      });
      const { port } = new URL(front.endpoint);
      expect(front.endpoint).toBe(`https://127.0.0.1:${port}`);
      expect(front.httpEndpoint).toBe(`http://127.0.0.1:${port}`);

      for (const host of ['127.0.0.1', 'localhost']) {
        expect(await secureGet(`https://${host}:${port}/graphql`, certificate.cert)).toEqual({
          status: 200,
          body: 'graphql over TLS',
        });
      }
      expect(await (await fetch(`${front.httpEndpoint}/graphql`)).text()).toBe('graphql over plain HTTP');
      expect((await secureGet(`${front.endpoint}/health`, certificate.cert)).status).toBe(503);
      // A client that trusts only the usual authorities refuses it: it is self-signed.
      await expect(secureGet(`${front.endpoint}/health`, undefined)).rejects.toThrow(/self-signed/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves WebSocket upgrades over wss:// and ws://, and stops at once with connections left open', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shopsync-front-tls-'));
    const echo = new WebSocketServer({ noServer: true });
    try {
      const certificate = await twinCertificate(dir);
      front = await startFront(0, { tls: certificate });
      front.mountUpgrade((request, socket, head) => {
        if (request.url !== '/graphql/realtime') return false;
        echo.handleUpgrade(request, socket, head, (ws) =>
          ws.on('message', (data: Buffer) => ws.send(`echo ${data.toString()}`)),
        );
        return true;
      });
      const secure = await openSocket(
        new WebSocket(`${front.endpoint.replace('https', 'wss')}/graphql/realtime`, { ca: certificate.cert }),
      );
      const plain = await openSocket(
        new WebSocket(`${front.httpEndpoint.replace('http', 'ws')}/graphql/realtime`),
      );
      expect(await roundTrip(secure, 'over TLS')).toBe('echo over TLS');
      expect(await roundTrip(plain, 'in plain')).toBe('echo in plain');
      const unknown = new WebSocket(`${front.endpoint.replace('https', 'wss')}/nowhere`, {
        ca: certificate.cert,
      });
      await expect(
        new Promise((_, reject) =>
          unknown.on('unexpected-response', (_request, response) =>
            reject(new Error(`${response.statusCode}`)),
          ),
        ),
      ).rejects.toThrow('404');

      // An idle keep-alive connection, as fetch and browsers leave them, does not hold the stop up.
      const agent = new Agent({ keepAlive: true });
      await new Promise<void>((resolve, reject) =>
        httpRequest(`${front!.httpEndpoint}/health`, { agent }, (response) =>
          response.resume().on('end', resolve),
        )
          .on('error', reject)
          .end(),
      );
      const closed = Promise.all(
        [secure, plain].map((ws) => new Promise((resolve) => ws.once('close', resolve))),
      );
      await front.stop();
      await closed;
      agent.destroy();
      await expect(fetch(`${front.httpEndpoint}/health`)).rejects.toThrow();
    } finally {
      echo.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A GET over TLS that trusts `ca` only (the usual authorities when undefined). */
function secureGet(url: string, ca: string | undefined): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpsRequest(url, { ...(ca ? { ca } : {}), agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

/** Resolves with `socket` once it is open; rejects on its error. */
function openSocket(socket: WebSocket): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Sends `text` and resolves with the next message. */
function roundTrip(socket: WebSocket, text: string): Promise<string> {
  return new Promise((resolve) => {
    socket.once('message', (data: Buffer) => resolve(data.toString()));
    socket.send(text);
  });
}

/** A GET with the request target sent as it is (fetch would normalise it). */
function rawGet(endpoint: string, target: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(endpoint);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, path: target, method: 'GET' }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}
