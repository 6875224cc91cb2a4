import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { productImageHandler } from '../web/productImageHandler.js';
import { staticSiteHandler } from '../web/staticSiteHandler.js';
import { startFront } from './startFront.js';
import type { FrontService } from './startFront.js';

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
