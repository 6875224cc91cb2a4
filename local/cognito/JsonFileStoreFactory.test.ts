import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { engineLogger } from './engineLogger.js';
import { JsonFileStoreFactory } from './JsonFileStoreFactory.js';

const directory = mkdtempSync(path.join(tmpdir(), 'shopsync-cognito-store-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const ctx = { logger: engineLogger(() => undefined) };

describe('JsonFileStoreFactory', () => {
  it('starts a store from its defaults and keeps nested values, dates included, in <id>.json', async () => {
    const store = await new JsonFileStoreFactory(directory).create(ctx, 'pool', {
      Users: {},
      Options: { Id: 'p' },
    });
    const created = new Date('2026-11-26T08:00:00.000Z');
    await store.set(ctx, ['Users', 'u-1'], { Username: 'u-1', UserCreateDate: created });
    await store.set(ctx, ['Groups', 'admins'], { GroupName: 'admins' });

    const reopened = await new JsonFileStoreFactory(directory).create(ctx, 'pool', {
      Users: {},
      Options: { Id: 'other' },
    });
    expect(await reopened.get(ctx, 'Options')).toEqual({ Id: 'p' });
    expect(await reopened.get(ctx, ['Users', 'u-1'])).toEqual({ Username: 'u-1', UserCreateDate: created });
    expect(await reopened.get(ctx, ['Groups', 'admins', 'GroupName'])).toBe('admins');
    expect(JSON.parse(readFileSync(path.join(directory, 'pool.json'), 'utf8'))).toMatchObject({
      Users: { 'u-1': { UserCreateDate: '2026-11-26T08:00:00.000Z' } },
    });
  });

  it('answers the default or null for what is absent, and deletes a key', async () => {
    const store = await new JsonFileStoreFactory(directory).create(ctx, 'clients', { Clients: {} });
    expect(await store.get(ctx, ['Clients', 'nope'])).toBeNull();
    expect(await store.get(ctx, ['Missing', 'deeper'], 'fallback')).toBe('fallback');
    await store.set(ctx, ['Clients', 'c-1'], { ClientId: 'c-1' });
    await store.delete(ctx, ['Clients', 'c-1']);
    expect(await store.getRoot(ctx)).toEqual({ Clients: {} });
  });

  it('leaves one complete file per store after many concurrent writes, and no temporary file', async () => {
    const store = await new JsonFileStoreFactory(directory).create(ctx, 'busy', { Users: {} });
    await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        store.set(ctx, ['Users', `u-${index}`], { Username: `u-${index}`, Padding: 'x'.repeat(index) }),
      ),
    );
    const written = JSON.parse(readFileSync(path.join(directory, 'busy.json'), 'utf8')) as { Users: object };
    expect(Object.keys(written.Users)).toHaveLength(200);
    expect(readdirSync(directory).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
