import { getIntrospectionQuery, Kind, parse } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryDepth } from './queryDepth.js';

const depthOf = (query: string): number => {
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return queryDepth(operation.selectionSet, document);
};

describe('queryDepth', () => {
  it('counts fields, through inline fragments and fragment spreads', () => {
    expect(depthOf('{ a }')).toBe(1);
    expect(depthOf('{ a { b { c } } d }')).toBe(3);
    expect(depthOf('{ a { ... on T { b { c } } } }')).toBe(3);
    expect(depthOf('{ a { ...F } } fragment F on T { b { c { d } } }')).toBe(4);
    expect(depthOf('{ ...F } fragment F on Query { a { ...G } } fragment G on T { b }')).toBe(2);
  });

  it('does not count introspection (__schema, __type), as the AppSync console loads its schema under a limit', () => {
    expect(depthOf(getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true }))).toBe(0);
    expect(depthOf('{ __type(name: "T") { fields { type { ofType { ofType { name } } } } } }')).toBe(0);
    expect(depthOf('{ a { b } __schema { types { fields { type { name } } } } }')).toBe(2);
    expect(depthOf('{ a { __typename b { __typename } } }')).toBe(3);
    expect(depthOf('{ ...F } fragment F on Query { __schema { types { name } } a }')).toBe(1);
  });

  it('counts a fragment that spreads itself as nothing more (validation refuses it first)', () => {
    expect(depthOf('{ a { ...F } } fragment F on T { b ...F }')).toBe(2);
  });

  it('measures 22 levels of fragments that each spread the next one twice without walking 2^22 paths', () => {
    // A 939-byte document that took 12 s when every spread was walked again.
    const levels = 22;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    ).join(' ');
    const query = `query { ...F0 } ${fragments} fragment F${levels} on Query { __typename }`;
    let spreadsVisited = 0;
    const document = parse(query);
    // Count how often a fragment's selections are read: linear means once per fragment.
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
      const selections = definition.selectionSet.selections;
      Object.defineProperty(definition.selectionSet, 'selections', {
        get: () => {
          spreadsVisited += 1;
          return selections;
        },
      });
    }
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(queryDepth(operation.selectionSet, document)).toBe(1);
    expect(spreadsVisited).toBe(levels + 1);
  });
});
