import { getNamedType, isInterfaceType, isObjectType, Kind, print } from 'graphql';
import type {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLNamedType,
  GraphQLResolveInfo,
  SelectionSetNode,
} from 'graphql';
import { fragmentApplies } from './fragmentApplies.js';
import { isIncluded } from './isIncluded.js';

/**
 * `ctx.info.selectionSetList` as AppSync documents it (AppSync developer guide, "AWS AppSync JavaScript
 * resolver context object reference", `info`; the `Info` type of `@aws-appsync/utils`): the paths of the
 * fields selected under the current field, nested paths joined by `/`, each field named by its alias
 * when it has one ("Fields that are aliased are referenced only by the alias name, not the field
 * name"), fragments and inline fragments expanded, `__typename` left out, each path once, in document
 * order (e.g. `['id', 'title', 'secondTitle', 'author', 'author/name']`). Only fields that belong to the
 * current type are exposed: under an interface or union, a fragment on one of its object types is left
 * out ("selectionSetList exposes only fields that belong to the current type"). Fields skipped by
 * `@skip`/`@include` are not selected, so they are not listed.
 *
 * A fragment is read once per path it is spread at: spreading it again there adds no path, so a
 * document of fragments that each spread the next one twice costs as much as its text, not 2^n.
 */
export function selectionSetList(info: GraphQLResolveInfo): string[] {
  const { schema, fragments, variableValues } = info;
  const paths: string[] = [];
  const seen = new Set<string>();
  const spread = new Set<string>();
  const visit = (
    selectionSet: SelectionSetNode | undefined,
    type: GraphQLNamedType,
    prefix: string,
  ): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (!isIncluded(selection, variableValues)) continue;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') continue;
        const key = (selection.alias ?? selection.name).value;
        const path = prefix ? `${prefix}/${key}` : key;
        if (!seen.has(path)) {
          seen.add(path);
          paths.push(path);
        }
        const fieldType = fieldTypeOf(type, name);
        if (fieldType) visit(selection.selectionSet, fieldType, path);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (fragmentApplies(schema, selection.typeCondition, type))
          visit(selection.selectionSet, type, prefix);
      } else {
        // A path holds no `/` at its end and a name no `/` at all: `prefix/name` names the pair.
        const key = `${prefix}/${selection.name.value}`;
        if (spread.has(key)) continue;
        spread.add(key);
        const fragment: FragmentDefinitionNode | undefined = fragments[selection.name.value];
        if (fragment && fragmentApplies(schema, fragment.typeCondition, type))
          visit(fragment.selectionSet, type, prefix);
      }
    }
  };
  const type = getNamedType(info.returnType);
  for (const node of info.fieldNodes) visit(node.selectionSet, type, '');
  return paths;
}

/**
 * `ctx.info.selectionSetGraphQL`: the current field's selection set printed as GraphQL, aliases kept,
 * fragment spreads not merged and inline fragments preserved (AppSync developer guide, resolver context
 * reference, `selectionSetGraphQL`); the selections of every node of a field requested more than once
 * under one response key, one after the other. Empty for a leaf.
 */
export function selectionSetGraphQL(info: GraphQLResolveInfo): string {
  const [only, ...others] = info.fieldNodes;
  // The parsed document is kept across requests (`DocumentCache`), and with it each field node: a field
  // requested once under its key is printed once.
  if (only !== undefined && others.length === 0) {
    let printed = printedSelections.get(only);
    if (printed === undefined) {
      printed = printSelections(info.fieldNodes);
      printedSelections.set(only, printed);
    }
    return printed;
  }
  return printSelections(info.fieldNodes);
}

const printedSelections = new WeakMap<FieldNode, string>();

function printSelections(fieldNodes: readonly FieldNode[]): string {
  const selections = fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []);
  return selections.length > 0 ? print({ kind: Kind.SELECTION_SET, selections }) : '';
}

/** The named type of `fieldName` on `type`, when `type` has fields (an object or an interface). */
function fieldTypeOf(type: GraphQLNamedType, fieldName: string): GraphQLNamedType | undefined {
  if (!isObjectType(type) && !isInterfaceType(type)) return undefined;
  const field = type.getFields()[fieldName];
  return field ? getNamedType(field.type) : undefined;
}
