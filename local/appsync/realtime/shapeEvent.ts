import { getNamedType, isLeafType, isListType, isNonNullType } from 'graphql';
import type {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
} from 'graphql';
import { collectFields } from './collectFields.js';
import { concreteType } from './concreteType.js';

/** What one subscriber asked for. */
export interface SubscriberSelection {
  /** The `Subscription` field. */
  readonly fieldName: string;
  /** The field as requested: its alias names the result, its selection set shapes it. */
  readonly fieldNode: FieldNode;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  /** The subscription request's variables (`@skip`/`@include`). */
  readonly variables: Readonly<Record<string, unknown>>;
}

/** An error of a `data` message, in the shape AppSync sends it (amplify-category-api#1338). */
export interface EventError {
  readonly message: string;
  readonly path: readonly (string | number)[];
  readonly errorType?: string;
}

/** The `payload` of a `data` message. */
export interface EventPayload {
  readonly data: Record<string, unknown> | null;
  readonly errors?: readonly EventError[];
}

/** Thrown inside completion when a non-null position is null; caught at the nearest nullable one. */
class NullPropagates extends Error {}
const NULL_PROPAGATES = new NullPropagates('null propagates to the nearest nullable field');

/**
 * The `payload` a subscriber receives for an event (`projectMutation`'s output): the subscriber's own
 * selection set applied to it, with aliases, `__typename` and fragments, as GraphQL completes a value.
 * A field the event lacks is null; null in a non-null field is AppSync's error
 * "Cannot return null for non-nullable type: 'T' within parent 'P' (/a/b)" with its path, and the null
 * moves up to the nearest nullable field, so the root field may arrive null (recorded payload in
 * aws-amplify/amplify-category-api#1338, aws/aws-appsync-community#127). A field `authorize` refuses is
 * null with AppSync's `Unauthorized` field error.
 */
export function shapeEvent(
  schema: GraphQLSchema,
  selection: SubscriberSelection,
  event: unknown,
  authorize: (typeName: string, fieldName: string) => boolean = () => true,
): EventPayload {
  const errors: EventError[] = [];
  const subscriptionType = schema.getSubscriptionType();
  const field = subscriptionType?.getFields()[selection.fieldName];
  if (!subscriptionType || !field) throw new Error(`No subscription field ${selection.fieldName}`);

  const completeField = (
    parentType: GraphQLObjectType,
    type: GraphQLOutputType,
    fieldName: string,
    nodes: readonly FieldNode[],
    value: unknown,
    path: readonly (string | number)[],
  ): unknown => {
    try {
      if (!authorize(parentType.name, fieldName)) {
        errors.push({
          message: `Not Authorized to access ${fieldName} on type ${parentType.name}`,
          path,
          errorType: 'Unauthorized',
        });
        if (isNonNullType(type)) throw NULL_PROPAGATES;
        return null;
      }
      return completeValue(parentType, type, nodes, value, path);
    } catch (error) {
      if (error !== NULL_PROPAGATES || isNonNullType(type)) throw error;
      return null;
    }
  };

  const completeValue = (
    parentType: GraphQLObjectType,
    type: GraphQLOutputType,
    nodes: readonly FieldNode[],
    value: unknown,
    path: readonly (string | number)[],
  ): unknown => {
    if (isNonNullType(type)) {
      const completed = completeValue(parentType, type.ofType, nodes, value, path);
      if (completed === null) {
        errors.push({
          message: `Cannot return null for non-nullable type: '${getNamedType(type).name}' within parent '${parentType.name}' (/${path.join('/')})`,
          path,
        });
        throw NULL_PROPAGATES;
      }
      return completed;
    }
    if (value === null || value === undefined) return null;
    if (isListType(type)) {
      if (!Array.isArray(value)) return null;
      const itemType = type.ofType;
      return value.map((item, index) => {
        try {
          return completeValue(parentType, itemType, nodes, item, [...path, index]);
        } catch (error) {
          if (error !== NULL_PROPAGATES || isNonNullType(itemType)) throw error;
          return null;
        }
      });
    }
    if (isLeafType(type)) return value;
    const objectType = concreteType(schema, type as GraphQLCompositeType, value);
    if (!objectType || typeof value !== 'object') return null;
    return completeObject(objectType, nodes, value as Record<string, unknown>, path);
  };

  const completeObject = (
    objectType: GraphQLObjectType,
    nodes: readonly FieldNode[],
    value: Readonly<Record<string, unknown>>,
    path: readonly (string | number)[],
  ): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    const fields = collectFields(
      schema,
      objectType,
      nodes.map((node) => node.selectionSet),
      selection.fragments,
      selection.variables,
    );
    const definitions = objectType.getFields();
    for (const [key, fieldNodes] of fields) {
      const name = fieldNodes[0]!.name.value;
      if (name === '__typename') {
        result[key] = objectType.name;
        continue;
      }
      const definition = definitions[name];
      if (!definition) continue;
      result[key] = completeField(objectType, definition.type, name, fieldNodes, value[name], [...path, key]);
    }
    return result;
  };

  const key = (selection.fieldNode.alias ?? selection.fieldNode.name).value;
  let data: Record<string, unknown> | null;
  try {
    data = {
      [key]: completeField(subscriptionType, field.type, selection.fieldName, [selection.fieldNode], event, [
        key,
      ]),
    };
  } catch (error) {
    if (error !== NULL_PROPAGATES) throw error;
    data = null;
  }
  return errors.length > 0 ? { data, errors } : { data };
}
