import { getNamedType, getNullableType, isAbstractType, isLeafType, isListType } from 'graphql';
import type { GraphQLCompositeType, GraphQLOutputType, GraphQLSchema } from 'graphql';
import type { PublishedMutation } from '../execution/createEngine.js';
import { collectFields } from './collectFields.js';
import { concreteType } from './concreteType.js';

/**
 * The event a mutation publishes to `@aws_subscribe` subscribers: its value restricted to the fields the
 * mutation selected, keyed by field name (aliases dropped), leaves serialized by their scalar. AppSync
 * sends subscribers only what the mutation's selection set asked for; a field it did not select reaches
 * them as null ("Subscriptions are triggered from mutations and the mutation selection set is sent to
 * subscribers", aws-appsync-real-time-data docs; recorded: aws-amplify/amplify-category-api#1338).
 *
 * The value is the mutation resolver's own: a nested field that has its own resolver is taken from the
 * resolver's object, not re-resolved. Undefined when the mutation field is not in the schema.
 */
export function projectMutation(schema: GraphQLSchema, published: PublishedMutation): unknown {
  const field = schema.getMutationType()?.getFields()[published.fieldName];
  if (!field) return undefined;
  return project(schema, field.type, [published.fieldNode], published, published.value);
}

function project(
  schema: GraphQLSchema,
  type: GraphQLOutputType,
  nodes: readonly PublishedMutation['fieldNode'][],
  published: PublishedMutation,
  value: unknown,
): unknown {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return null;
    return value.map((item) => project(schema, nullable.ofType, nodes, published, item));
  }
  if (isLeafType(nullable)) {
    try {
      return nullable.serialize(value) ?? null;
    } catch {
      return null;
    }
  }
  if (typeof value !== 'object') return null;
  const objectType = concreteType(schema, getNamedType(nullable) as GraphQLCompositeType, value);
  if (!objectType) return null;
  const fields = collectFields(
    schema,
    objectType,
    nodes.map((node) => node.selectionSet),
    published.fragments,
    {},
    true,
  );
  // Subscribers of an interface or union need the concrete type to shape their selection.
  const event: Record<string, unknown> = isAbstractType(getNamedType(nullable))
    ? { __typename: objectType.name }
    : {};
  const definitions = objectType.getFields();
  for (const [name, fieldNodes] of fields) {
    const definition = definitions[name];
    if (!definition) continue;
    event[name] = project(
      schema,
      definition.type,
      fieldNodes,
      published,
      (value as Record<string, unknown>)[name],
    );
  }
  return event;
}
