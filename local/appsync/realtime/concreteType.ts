import { isAbstractType, isObjectType } from 'graphql';
import type { GraphQLCompositeType, GraphQLObjectType, GraphQLSchema } from 'graphql';

/**
 * The object type a value of `type` has: `type` itself, or for an interface or union the possible type
 * named by the value's `__typename` (what an AppSync resolver returns for abstract types); undefined when
 * it cannot be told.
 */
export function concreteType(
  schema: GraphQLSchema,
  type: GraphQLCompositeType,
  value: unknown,
): GraphQLObjectType | undefined {
  if (isObjectType(type)) return type;
  if (!isAbstractType(type)) return undefined;
  const name = (value as { __typename?: unknown }).__typename;
  const named = typeof name === 'string' ? schema.getType(name) : undefined;
  return isObjectType(named) && schema.isSubType(type, named) ? named : undefined;
}
