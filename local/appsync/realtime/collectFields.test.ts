import { buildSchema, Kind, parse } from 'graphql';
import type { FragmentDefinitionNode, GraphQLObjectType, OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { collectFields } from './collectFields.js';

const schema = buildSchema(`
  type Query { item: Item }
  type Item { id: ID!, name: String }
`);
const item = schema.getType('Item') as GraphQLObjectType;

describe('collectFields', () => {
  it('reads each fragment once under 22 levels of fragments that each spread the next twice', () => {
    // What shapes an event for each subscriber and each mutation must stay linear in the document.
    const levels = 22;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Item { ...F${i + 1} ...F${i + 1} }`,
    ).join(' ');
    const document = parse(`{ item { ...F0 } } ${fragments} fragment F${levels} on Item { id name }`);
    let reads = 0;
    const byName: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
      byName[definition.name.value] = definition;
      const selections = definition.selectionSet.selections;
      Object.defineProperty(definition.selectionSet, 'selections', {
        get: () => {
          reads += 1;
          return selections;
        },
      });
    }
    const operation = document.definitions[0] as OperationDefinitionNode;
    const itemField = operation.selectionSet.selections[0];
    if (itemField?.kind !== Kind.FIELD) throw new Error('the document selects item first');
    const fields = collectFields(schema, item, [itemField.selectionSet], byName, {});
    expect([...fields.keys()]).toEqual(['id', 'name']);
    expect(reads).toBe(levels + 1);
  });
});
