// The demo catalog's pictures, through a restart of the twin on another port with the same state folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../infra/paths.js';
import { shop } from '../infra/shop.js';
import { startTwin } from '../local/twin.js';
import type { Twin } from '../local/twin.js';

const root = mkdtempSync(path.join(tmpdir(), 'shopsync-images-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const stateDir = path.join(root, 'state');
const start = (): Promise<Twin> =>
  startTwin({ description: shop, rootDir: ROOT_DIR, port: 0, stateDir, seed: true });

/** The first demo products, with their picture URLs, as the shop reads them. */
async function pictures(twin: Twin): Promise<{ sku: string; imageUrl: string }[]> {
  const response = await fetch(twin.config.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': twin.config.apiKey },
    body: JSON.stringify({ query: '{ products(limit: 3, sort: NAME) { items { sku imageUrl } } }' }),
  });
  const body = (await response.json()) as {
    data: { products: { items: { sku: string; imageUrl: string }[] } };
  };
  expect(body.data.products.items).toHaveLength(3);
  return body.data.products.items;
}

describe('the demo pictures', () => {
  it('are served at their URL after a restart of the twin on another port', async () => {
    const first = await start();
    const before = await pictures(first).finally(() => first.stop());
    for (const { imageUrl } of before) expect(imageUrl.startsWith(`${first.url}/images/`)).toBe(true);

    const second = await start();
    try {
      expect(second.url).not.toBe(first.url);
      const after = await pictures(second);
      expect(after.map(({ sku }) => sku)).toEqual(before.map(({ sku }) => sku));
      for (const { imageUrl } of after) {
        const picture = await fetch(imageUrl);
        expect(picture.status).toBe(200);
        expect(picture.headers.get('content-type')).toBe('image/svg+xml');
      }
    } finally {
      await second.stop();
    }
  });
});
