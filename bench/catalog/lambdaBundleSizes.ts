import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { StackDescription } from '../../infra/description.js';
import { bundleFunction } from '../../local/lambda/bundleFunction.js';

/** Each function's bundle (`index.mjs`, its source map aside) in bytes, and where the figures come from. */
export interface BundleSizes {
  readonly bytes: Readonly<Record<string, number>>;
  /** `twin`: the files the running twin bundled into its state folder; `bundled`: bundled here. */
  readonly source: 'twin' | 'bundled';
}

/**
 * The size of every function of `description` as the twin runs it: its `<name>/index.mjs` anywhere
 * under `<twinStateDir>/lambda`. When the twin keeps none there, each function is bundled here with
 * `bundleFunction`, the twin's own bundler, into a temporary folder.
 */
export async function lambdaBundleSizes(
  description: StackDescription,
  twinStateDir: string,
  rootDir: string,
): Promise<BundleSizes> {
  const names = Object.keys(description.functions);
  const found = findBundles(path.join(twinStateDir, 'lambda'));
  if (names.every((name) => found.has(name))) {
    return {
      bytes: Object.fromEntries(names.map((name) => [name, statSync(found.get(name)!).size])),
      source: 'twin',
    };
  }
  const outDir = await mkdtemp(path.join(tmpdir(), 'shopsync-bundles-'));
  try {
    const bytes: Record<string, number> = {};
    for (const name of names) {
      const bundle = await bundleFunction(name, description.functions[name]!, { rootDir, outDir });
      bytes[name] = statSync(bundle.file).size;
    }
    return { bytes, source: 'bundled' };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/** Every `<name>/index.mjs` under `dir`, by `name`. */
function findBundles(dir: string): Map<string, string> {
  const bundles = new Map<string, string>();
  if (!existsSync(dir)) return bundles;
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (path.basename(entry) !== 'index.mjs') continue;
    bundles.set(path.basename(path.dirname(entry)), path.join(dir, entry));
  }
  return bundles;
}
