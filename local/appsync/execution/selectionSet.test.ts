import { buildSchema, execute, Kind, parse } from 'graphql';
import type { DocumentNode, GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectionSetGraphQL, selectionSetList } from './selectionSet.js';

const schema = buildSchema(`
  type Query { item: Item }
  type Item { id: ID!, name: String, child: Item, other: Item }
`);

/** The `info` graphql-js gives the resolver of `Query.item` for `query`. */
function infoOfItem(document: DocumentNode): GraphQLResolveInfo {
  let info: GraphQLResolveInfo | undefined;
  void execute({
    schema,
    document,
    fieldResolver: (_source, _args, _context, fieldInfo) => {
      if (fieldInfo.fieldName === 'item') info = fieldInfo;
      return null;
    },
  });
  if (!info) throw new Error('Query.item was not resolved');
  return info;
}

describe('selectionSetList', () => {
  it('lists the paths under the field, fragments expanded, __typename left out, each once, in order', () => {
    const info = infoOfItem(
      parse(`{ item { __typename id ...F child { id ... on Item { name child { id } } } id } }
             fragment F on Item { name child { name } }`),
    );
    expect(selectionSetList(info)).toEqual([
      'id',
      'name',
      'child',
      'child/name',
      'child/id',
      'child/child',
      'child/child/id',
    ]);
    expect(selectionSetGraphQL(info)).toContain('...F');
  });

  it('reads each fragment once per path under 22 levels of fragments that each spread the next twice', () => {
    // Walking every spread would read the last fragment 2^22 times (seconds of a frozen event loop).
    const levels = 22;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Item { ...F${i + 1} ...F${i + 1} }`,
    ).join(' ');
    const document = parse(
      `{ item { ...F0 child { ...F0 } } } ${fragments} fragment F${levels} on Item { id name }`,
    );
    let reads = 0;
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
      const selections = definition.selectionSet.selections;
      Object.defineProperty(definition.selectionSet, 'selections', {
        get: () => {
          reads += 1;
          return selections;
        },
      });
    }
    const info = infoOfItem(document);
    reads = 0;
    expect(selectionSetList(info)).toEqual(['id', 'name', 'child', 'child/id', 'child/name']);
    // Each of the 23 fragments at the field itself and again under `child`.
    expect(reads).toBe(2 * (levels + 1));
  });
});
