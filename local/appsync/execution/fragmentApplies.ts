import { isAbstractType, isInterfaceType, isObjectType } from 'graphql';
import type { GraphQLNamedType, GraphQLSchema, NamedTypeNode } from 'graphql';

/**
 * Whether the fields of a fragment (or inline fragment) with type condition `condition` belong to
 * `type`: no condition, the type itself, an interface or union containing the object type, or an
 * interface the interface type implements. A fragment on one object type of an interface does not
 * apply to the interface: AppSync exposes only "fields that belong to the current type" (resolver
 * context reference, `selectionSetList`).
 */
export function fragmentApplies(
  schema: GraphQLSchema,
  condition: NamedTypeNode | undefined,
  type: GraphQLNamedType,
): boolean {
  if (!condition) return true;
  const conditionType = schema.getType(condition.name.value);
  if (conditionType === type) return true;
  if (conditionType === undefined) return false;
  if (isObjectType(type)) return isAbstractType(conditionType) && schema.isSubType(conditionType, type);
  if (isInterfaceType(type))
    return isInterfaceType(conditionType) && type.getInterfaces().includes(conditionType);
  return false;
}
