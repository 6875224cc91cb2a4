import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { DataStore } from 'cognito-local/lib/services/dataStore/dataStore.js';
import type { DataStoreFactory } from 'cognito-local/lib/services/dataStore/factory.js';
import { replaceFileSync } from '../replaceFileSync.js';

type Key = string | string[];
type Tree = Record<string, unknown>;

/**
 * cognito-local's store contract over one JSON file per store, `<directory>/<id>.json`: its user pools
 * (`<poolId>.json`: `Options`, `Users`, `Groups`) and app clients (`clients.json`: `Clients`). The layout
 * and date format are those of its own StormDB store, so either reads the other's files.
 *
 * StormDB's async engine lets two concurrent requests interleave `fs.writeFile` calls on one file, which
 * can leave a longer old tail behind a shorter new body; here every change is written whole to a
 * temporary file and renamed over the old one, synchronously, so a file is always one complete snapshot.
 */
export class JsonFileStoreFactory implements DataStoreFactory {
  constructor(private readonly directory: string) {}

  create(_ctx: Context, id: string, defaults: object): Promise<DataStore> {
    mkdirSync(this.directory, { recursive: true });
    return Promise.resolve(new JsonFileStore(path.join(this.directory, `${id}.json`), defaults));
  }
}

class JsonFileStore implements DataStore {
  private readonly root: Tree;

  constructor(
    private readonly file: string,
    defaults: object,
  ) {
    const stored = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8'), reviveDates) as Tree) : {};
    // StormDB's `default()`: the defaults apply only to a store that holds nothing yet.
    this.root = Object.keys(stored).length === 0 ? (structuredClone(defaults) as Tree) : stored;
    this.save();
  }

  getRoot<T>(): Promise<T | null> {
    return Promise.resolve(this.root as T);
  }

  get<T>(ctx: Context, key: Key): Promise<T | null>;
  get<T>(ctx: Context, key: Key, defaultValue: T): Promise<T>;
  get<T>(_ctx: Context, key: Key, defaultValue?: T): Promise<T | null> {
    let node: unknown = this.root;
    for (const part of toPath(key)) node = isTree(node) ? node[part] : undefined;
    return Promise.resolve((node as T | undefined) ?? defaultValue ?? null);
  }

  set<T>(_ctx: Context, key: Key, value: T): Promise<void> {
    const parts = toPath(key);
    let node = this.root;
    for (const part of parts.slice(0, -1)) {
      const child = node[part];
      node = isTree(child) ? child : (node[part] = {});
    }
    node[parts[parts.length - 1] as string] = value;
    this.save();
    return Promise.resolve();
  }

  delete(_ctx: Context, key: Key): Promise<void> {
    const parts = toPath(key);
    let node: unknown = this.root;
    for (const part of parts.slice(0, -1)) node = isTree(node) ? node[part] : undefined;
    if (isTree(node)) delete node[parts[parts.length - 1] as string];
    this.save();
    return Promise.resolve();
  }

  private save(): void {
    replaceFileSync(this.file, JSON.stringify(this.root, undefined, 2));
  }
}

function toPath(key: Key): string[] {
  return Array.isArray(key) ? key : [key];
}

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null;
}

/** cognito-local stores dates as ISO strings in fields whose names end in `Date` and expects `Date`s back. */
function reviveDates(key: string, value: unknown): unknown {
  return key.endsWith('Date') && (typeof value === 'string' || typeof value === 'number')
    ? new Date(value)
    : value;
}
