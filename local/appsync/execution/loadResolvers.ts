import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StackDescription } from '../../../infra/description.js';
import { bundleName } from '../../../infra/resolverFiles.js';
import { ResolverSandbox } from '../sandbox/ResolverSandbox.js';
import type { LoadedResolver } from './runResolver.js';

export interface LoadOptions {
  /** Where `npm run build` wrote the bundles: the files CDK deploys. */
  readonly buildDir: string;
  readonly runtimeScript: string;
  /** Per handler call. */
  readonly timeoutMs: number;
}

/**
 * Loads every resolver and pipeline function of the description from its bundle into a sandbox of its
 * own. A missing bundle fails with a message that says to run `npm run build`.
 */
export function loadResolvers(
  description: StackDescription,
  options: LoadOptions,
): Map<string, LoadedResolver> {
  const sandboxes = new Map<string, ResolverSandbox>();
  const sandbox = (file: string): ResolverSandbox => {
    const existing = sandboxes.get(file);
    if (existing) return existing;
    const bundle = path.join(options.buildDir, bundleName(file));
    let code: string;
    try {
      code = readFileSync(bundle, 'utf8');
    } catch (error) {
      throw new Error(`Missing resolver bundle ${bundle}: run \`npm run build\` first`, { cause: error });
    }
    const created = new ResolverSandbox(code, file, options);
    sandboxes.set(file, created);
    return created;
  };

  const resolvers = new Map<string, LoadedResolver>();
  for (const resolver of description.resolvers) {
    const key = `${resolver.typeName}.${resolver.fieldName}`;
    resolvers.set(
      key,
      resolver.kind === 'unit'
        ? { kind: 'unit', code: sandbox(resolver.file), dataSource: resolver.dataSource }
        : {
            kind: 'pipeline',
            code: sandbox(resolver.file),
            functions: resolver.functions.map((fn) => ({
              name: fn.name,
              code: sandbox(fn.file),
              dataSource: fn.dataSource,
            })),
          },
    );
  }
  return resolvers;
}
