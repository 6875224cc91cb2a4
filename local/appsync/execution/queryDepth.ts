import { Kind } from 'graphql';
import type { DocumentNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql';

/** The introspection entry points (GraphQL spec, Schema Introspection): what they select is the schema. */
const INTROSPECTION = new Set(['__schema', '__type']);

/**
 * The nesting depth of an operation's selection set, fragments included: `{ a { b } }` is 2 (AppSync's
 * query depth limit). Linear in the document's size: each fragment's depth is computed once and reused
 * wherever it is spread, so a document of fragments that each spread the next one twice costs as much
 * as its text, not 2^n. A fragment spread inside itself (which validation refuses first) counts 0.
 *
 * `__schema` and `__type` and all they select count 0. AWS documents the limit as the nesting of the
 * data a query reads and introspection as a switch of its own (`IntrospectionConfig`); its console and
 * GraphiQL-style tools load the schema with a query 15 levels deep, on APIs whose limit is lower. The
 * size of an introspection query is bounded by graphql-js (`MaxIntrospectionDepthRule`), not by this.
 */
export function queryDepth(selectionSet: SelectionSetNode, document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fragmentDepths = new Map<string, number>();
  const inProgress = new Set<string>();

  const depthOfFragment = (name: string): number => {
    const known = fragmentDepths.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return 0;
    inProgress.add(name);
    const depth = depthOf(fragment.selectionSet);
    inProgress.delete(name);
    fragmentDepths.set(name, depth);
    return depth;
  };
  const depthOf = (set: SelectionSetNode): number => {
    let max = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (INTROSPECTION.has(selection.name.value)) continue;
        max = Math.max(max, 1 + (selection.selectionSet ? depthOf(selection.selectionSet) : 0));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(selection.selectionSet));
      } else {
        max = Math.max(max, depthOfFragment(selection.name.value));
      }
    }
    return max;
  };
  return depthOf(selectionSet);
}
