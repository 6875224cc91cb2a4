import { Kind, print } from 'graphql';
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * `ctx.info.selectionSetList` as AppSync gives it: the paths of the fields selected under the current
 * field, nested paths joined by `/`, fragments expanded, `__typename` left out, each path once, in
 * document order (e.g. `['id', 'items', 'items/product', 'items/product/name']`).
 *
 * A fragment is read once per path it is spread at: spreading it again there adds no path, so a
 * document of fragments that each spread the next one twice costs as much as its text, not 2^n.
 */
export function selectionSetList(info: GraphQLResolveInfo): string[] {
  const paths: string[] = [];
  const seen = new Set<string>();
  const spread = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined, prefix: string): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') continue;
        const path = prefix ? `${prefix}/${name}` : name;
        if (!seen.has(path)) {
          seen.add(path);
          paths.push(path);
        }
        visit(selection.selectionSet, path);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, prefix);
      } else {
        // A path holds no `/` at its end and a name no `/` at all: `prefix/name` names the pair.
        const key = `${prefix}/${selection.name.value}`;
        if (spread.has(key)) continue;
        spread.add(key);
        const fragment: FragmentDefinitionNode | undefined = info.fragments[selection.name.value];
        visit(fragment?.selectionSet, prefix);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, '');
  return paths;
}

/** `ctx.info.selectionSetGraphQL`: the current field's selection set printed as GraphQL (empty for a leaf). */
export function selectionSetGraphQL(info: GraphQLResolveInfo): string {
  const node: FieldNode | undefined = info.fieldNodes[0];
  return node?.selectionSet ? print(node.selectionSet) : '';
}
