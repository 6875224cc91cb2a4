import type { StackDescription } from './description.js';

/** Every resolver and pipeline-function source file of the description, in description order. */
export function resolverFiles(description: StackDescription): string[] {
  const files = description.resolvers.flatMap((resolver) =>
    resolver.kind === 'unit' ? [resolver.file] : [resolver.file, ...resolver.functions.map((fn) => fn.file)],
  );
  return [...new Set(files)];
}

/** `resolvers/Query.me.ts` → `Query.me.js`: where a resolver's bundle lives inside the build folder. */
export function bundleName(file: string): string {
  return file.replace(/^resolvers\//, '').replace(/\.ts$/, '.js');
}
