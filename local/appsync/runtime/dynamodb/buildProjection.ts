import type { Expression } from './Expression.js';

/**
 * The `projection` of a request for a list of attribute paths: every segment of every path gets an alias
 * `#expName_1`, `#expName_2`, ... in order of first use (`['id', 'a.b']` → `#expName_1, #expName_2.#expName_3`),
 * a segment used again keeps its alias, and a list index stays outside the alias (`a[1]` → `#expName_1[1]`).
 * Undefined for no paths. The aliasing follows localstack/appsync-utils `dynamodb/index.js` (its tests "a
 * consistent read of some attributes", "a projection reusing a path segment"); the index rule is ours.
 */
export function buildProjection(paths: unknown): Omit<Expression, 'expressionValues'> | undefined {
  if (!Array.isArray(paths) || paths.length === 0) return undefined;
  const names = new Map<string, string>();
  const alias = (segment: string): string => {
    const bracket = segment.indexOf('[');
    const name = bracket < 0 ? segment : segment.slice(0, bracket);
    const indexes = bracket < 0 ? '' : segment.slice(bracket);
    let placeholder = names.get(name);
    if (placeholder === undefined) {
      placeholder = `#expName_${names.size + 1}`;
      names.set(name, placeholder);
    }
    return placeholder + indexes;
  };
  const expression = paths.map((path) => String(path).split('.').map(alias).join('.')).join(', ');
  const expressionNames: Record<string, string> = {};
  for (const [name, placeholder] of names) expressionNames[placeholder] = name;
  return { expression, expressionNames };
}
