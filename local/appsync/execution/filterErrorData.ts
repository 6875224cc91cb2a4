import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
} from 'graphql';
import type {
  FieldNode,
  GraphQLCompositeType,
  GraphQLNamedType,
  GraphQLOutputType,
  GraphQLResolveInfo,
  SelectionSetNode,
} from 'graphql';
import { concreteType } from '../realtime/concreteType.js';
import { fragmentApplies } from './fragmentApplies.js';
import { isIncluded } from './isIncluded.js';

/**
 * The `data` of `util.error(message, type, data)` or `util.appendError(...)` as AppSync puts it in the
 * error: "`data` will be filtered based on the query selection set" (`@aws-appsync/utils`, `Util.error`
 * and `Util.appendError`; AppSync's own example, "Returning individual errors" in the Lambda resolver
 * tutorial, answers a selection of `{ id title }` with error data holding `id` and `title` only).
 *
 * The data is read as a value of the field's type: only the selected fields are kept, under their
 * response key (the alias, when there is one, as the field's value would be), lists item by item,
 * fragments applied by type (an interface's value by its `__typename`). Fields the data lacks stay
 * absent, and a leaf (or a value that is not an object where one is expected) is kept as it is:
 * filtering only takes away. AppSync's documentation shows no aliased example; keys by alias are the
 * twin's reading.
 */
export function filterErrorData(info: GraphQLResolveInfo, data: unknown): unknown {
  const selectionSets = info.fieldNodes.map((node) => node.selectionSet);
  return filter(info, info.returnType, selectionSets, data);
}

function filter(
  info: GraphQLResolveInfo,
  type: GraphQLOutputType,
  selectionSets: readonly (SelectionSetNode | undefined)[],
  value: unknown,
): unknown {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    return Array.isArray(value)
      ? value.map((item) => filter(info, nullable.ofType, selectionSets, item))
      : filter(info, nullable.ofType, selectionSets, value);
  }
  if (isLeafType(nullable) || typeof value !== 'object' || Array.isArray(value)) return value;
  const named = getNamedType(nullable) as GraphQLCompositeType;
  const current: GraphQLNamedType = concreteType(info.schema, named, value) ?? named;
  const record = value as Record<string, unknown>;
  const filtered: Record<string, unknown> = {};
  for (const [key, nodes] of collect(info, current, selectionSets)) {
    const name = nodes[0]!.name.value;
    if (!Object.hasOwn(record, name)) continue;
    const field = isObjectType(current) || isInterfaceType(current) ? current.getFields()[name] : undefined;
    filtered[key] = field
      ? filter(
          info,
          field.type,
          nodes.map((node) => node.selectionSet),
          record[name],
        )
      : record[name]; // `__typename`
  }
  return filtered;
}

/** The fields selected on `type`, grouped by response key, in document order. */
function collect(
  info: GraphQLResolveInfo,
  type: GraphQLNamedType,
  selectionSets: readonly (SelectionSetNode | undefined)[],
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const spread = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (!isIncluded(selection, info.variableValues)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = (selection.alias ?? selection.name).value;
        fields.set(key, [...(fields.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (fragmentApplies(info.schema, selection.typeCondition, type)) visit(selection.selectionSet);
      } else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment && fragmentApplies(info.schema, fragment.typeCondition, type))
          visit(fragment.selectionSet);
      }
    }
  };
  for (const selectionSet of selectionSets) visit(selectionSet);
  return fields;
}
