import { Kind, parse } from 'graphql';
import type { FieldNode, FragmentDefinitionNode, OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { PublishedMutation } from '../execution/createEngine.js';
import { buildTwinSchema } from '../schema/index.js';
import { FIXTURE_SCHEMA } from './fixtureBackend.js';
import { projectMutation } from './projectMutation.js';
import { shapeEvent } from './shapeEvent.js';
import type { SubscriberSelection } from './shapeEvent.js';
import { subscriptionTargets } from './subscriptionTargets.js';

const schema = buildTwinSchema(FIXTURE_SCHEMA);

/** The root field and fragments of a document, as the engine hands them over. */
function rootOf(source: string): { fieldNode: FieldNode; fragments: Record<string, FragmentDefinitionNode> } {
  const document = parse(source);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return { fieldNode: operation.selectionSet.selections[0] as FieldNode, fragments };
}

const value = {
  id: 'e-1',
  group: 'g',
  title: 'Hello',
  score: 3,
  tags: ['a'],
  nested: { level: 2, label: 'n' },
  secret: 's',
  notInSchema: true,
};

function published(mutation: string): PublishedMutation {
  return { fieldName: 'publish', value, ...rootOf(mutation), invalidations: [] };
}

function subscriber(subscription: string, variables: Record<string, unknown> = {}): SubscriberSelection {
  const { fieldNode, fragments } = rootOf(subscription);
  return { fieldName: fieldNode.name.value, fieldNode, fragments, variables };
}

describe('projectMutation: what a mutation publishes is what it selected', () => {
  it('keeps the selected fields by name, drops aliases and everything unselected', () => {
    const event = projectMutation(
      schema,
      published(
        'mutation { out: publish(input: {id: "x", group: "g"}) { ident: id group nested { level } } }',
      ),
    );
    expect(event).toEqual({ id: 'e-1', group: 'g', nested: { level: 2 } });
  });

  it('expands fragments and inline fragments of the mutation', () => {
    const event = projectMutation(
      schema,
      published(
        'mutation { publish(input: {id: "x", group: "g"}) { ...Parts ... on Node { id } } } fragment Parts on Event { title tags }',
      ),
    );
    expect(event).toEqual({ title: 'Hello', tags: ['a'], id: 'e-1' });
  });

  it('serializes leaves with their scalar and answers null for a null value', () => {
    const numeric: PublishedMutation = {
      ...published('mutation { publish(input: {id: "x", group: "g"}) { id score } }'),
    };
    expect(projectMutation(schema, { ...numeric, value: { id: 12, score: 4 } })).toEqual({
      id: '12',
      score: 4,
    });
    expect(projectMutation(schema, { ...numeric, value: null })).toBeNull();
  });
});

describe('shapeEvent: each subscriber gets its own selection of the event (GraphQL completion)', () => {
  const event = projectMutation(
    schema,
    published(
      'mutation { publish(input: {id: "x", group: "g"}) { id group title score tags nested { level label } } }',
    ),
  );

  it('applies aliases, __typename, named and inline fragments', () => {
    const payload = shapeEvent(
      schema,
      subscriber(
        'subscription { changed: onEvent { __typename key: id ...Info ... on Node { id } nested { ... on Nested { label } } } } fragment Info on Event { title heading: title }',
      ),
      event,
    );
    expect(payload).toEqual({
      data: {
        changed: {
          __typename: 'Event',
          key: 'e-1',
          title: 'Hello',
          heading: 'Hello',
          id: 'e-1',
          nested: { label: 'n' },
        },
      },
    });
  });

  it('honours @skip and @include with the subscription variables', () => {
    const selection = subscriber(
      'subscription ($full: Boolean!) { onEvent { id title @include(if: $full) score @skip(if: $full) } }',
      { full: false },
    );
    expect(shapeEvent(schema, selection, event)).toEqual({ data: { onEvent: { id: 'e-1', score: 3 } } });
  });

  it('gives null for a nullable field the mutation did not select', () => {
    const partial = projectMutation(
      schema,
      published('mutation { publish(input: {id: "x", group: "g"}) { id group } }'),
    );
    expect(shapeEvent(schema, subscriber('subscription { onEvent { id title score } }'), partial)).toEqual({
      data: { onEvent: { id: 'e-1', title: null, score: null } },
    });
  });

  it('answers AppSync’s error for a non-null field the mutation did not select, nulling the parent (amplify-category-api#1338)', () => {
    const partial = projectMutation(
      schema,
      published('mutation { publish(input: {id: "x", group: "g"}) { id nested { level } } }'),
    );
    expect(shapeEvent(schema, subscriber('subscription { onEvent { id group } }'), partial)).toEqual({
      data: { onEvent: null },
      errors: [
        {
          message:
            "Cannot return null for non-nullable type: 'String' within parent 'Event' (/onEvent/group)",
          path: ['onEvent', 'group'],
        },
      ],
    });
    // Inside a nullable object, only that object is nulled.
    expect(
      shapeEvent(schema, subscriber('subscription { onEvent { id nested { level label } } }'), partial),
    ).toEqual({
      data: { onEvent: { id: 'e-1', nested: null } },
      errors: [
        {
          message:
            "Cannot return null for non-nullable type: 'String' within parent 'Nested' (/onEvent/nested/label)",
          path: ['onEvent', 'nested', 'label'],
        },
      ],
    });
  });

  it('answers a field the caller may not read as null with the Unauthorized field error', () => {
    const withSecret = projectMutation(
      schema,
      published('mutation { publish(input: {id: "x", group: "g"}) { id secret } }'),
    );
    const payload = shapeEvent(
      schema,
      subscriber('subscription { onEvent { id secret } }'),
      withSecret,
      (typeName, fieldName) => !(typeName === 'Event' && fieldName === 'secret'),
    );
    expect(payload).toEqual({
      data: { onEvent: { id: 'e-1', secret: null } },
      errors: [
        {
          message: 'Not Authorized to access secret on type Event',
          path: ['onEvent', 'secret'],
          errorType: 'Unauthorized',
        },
      ],
    });
  });

  it('delivers a null event as a null root field', () => {
    expect(shapeEvent(schema, subscriber('subscription { onEvent { id } }'), null)).toEqual({
      data: { onEvent: null },
    });
  });
});

describe('subscriptionTargets: @aws_subscribe read from the schema', () => {
  it('maps each listed mutation to its subscription fields', () => {
    expect(subscriptionTargets(schema)).toEqual(
      new Map([['publish', ['onEvent', 'onFiltered', 'onGuarded', 'onRevocable']]]),
    );
  });

  it('refuses a directive that names an unknown mutation', () => {
    const broken = buildTwinSchema(`
      type Query { a: Int }
      type Mutation { b: Int }
      type Subscription { c: Int @aws_subscribe(mutations: ["missing"]) }`);
    expect(() => subscriptionTargets(broken)).toThrow(/unknown mutation missing/);
  });
});
