import { buildSchema, execute, Kind, parse } from 'graphql';
import type { DocumentNode, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectionSetGraphQL, selectionSetList } from './selectionSet.js';

const schema = buildSchema(`
  type Query { item: Item }
  type Item { id: ID!, name: String, child: Item, other: Item }
`);

/** The `info` graphql-js gives the resolver of the root field `field` for `query`. */
function infoOf(
  document: DocumentNode,
  field = 'item',
  onSchema: GraphQLSchema = schema,
  variableValues: Record<string, unknown> = {},
): GraphQLResolveInfo {
  let info: GraphQLResolveInfo | undefined;
  void execute({
    schema: onSchema,
    document,
    variableValues,
    fieldResolver: (_source, _args, _context, fieldInfo) => {
      if (fieldInfo.fieldName === field && fieldInfo.parentType === onSchema.getQueryType()) info = fieldInfo;
      return null;
    },
  });
  if (!info) throw new Error(`Query.${field} was not resolved`);
  return info;
}

const infoOfItem = (document: DocumentNode): GraphQLResolveInfo => infoOf(document);

// The schema of the example in AppSync's resolver context reference (`info`), and one for its
// interface example.
const postSchema = buildSchema(`
  type Query { getPost(id: ID): Post, node(id: ID!): Node }
  interface Node { id: ID }
  type Post implements Node { id: ID, postId: ID, title: String, content: String, author(id: ID): Author, comments: [Comment], category: String }
  type Blog implements Node { id: ID, title: String, category: String }
  type Author { authorId: ID, name: String }
  type Comment { id: ID }
`);

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

  it("names aliased fields by their alias, as the example of AppSync's resolver context reference (info) lists them", () => {
    // The documented query, with its aliases written as GraphQL allows (`secondAuthor: author(...)`).
    const info = infoOf(
      parse(`query ($postId: ID, $authorId: ID) {
        getPost(id: $postId) {
          postId
          title
          secondTitle: title
          content
          author(id: $authorId) { authorId name }
          secondAuthor: author(id: "789") { authorId }
          ... on Post { inlineFragComments: comments { id } }
          ... postFrag
        }
      }
      fragment postFrag on Post { postFragComments: comments { id } }`),
      'getPost',
      postSchema,
    );
    expect(selectionSetList(info)).toEqual([
      'postId',
      'title',
      'secondTitle',
      'content',
      'author',
      'author/authorId',
      'author/name',
      'secondAuthor',
      'secondAuthor/authorId',
      'inlineFragComments',
      'inlineFragComments/id',
      'postFragComments',
      'postFragComments/id',
    ]);
    // "Although fragments aren't merged into the selection set, inline fragments are preserved."
    expect(selectionSetGraphQL(info)).toBe(
      [
        '{',
        '  postId',
        '  title',
        '  secondTitle: title',
        '  content',
        '  author(id: $authorId) {',
        '    authorId',
        '    name',
        '  }',
        '  secondAuthor: author(id: "789") {',
        '    authorId',
        '  }',
        '  ... on Post {',
        '    inlineFragComments: comments {',
        '      id',
        '    }',
        '  }',
        '  ...postFrag',
        '}',
      ].join('\n'),
    );
  });

  it('keeps aliased duplicates of one field apart, and merges a response key selected twice', () => {
    const info = infoOfItem(parse(`{ item { a: child { id } b: child { name } a: child { note: name } } }`));
    expect(selectionSetList(info)).toEqual(['a', 'a/id', 'b', 'b/name', 'a/note']);
  });

  it("exposes only the fields of an interface under it, as the reference's Query.node example shows", () => {
    const info = infoOf(
      parse(
        `{ node(id: "post1") { id ... on Post { title } ... on Blog { title } ... on Node { other: id } } }`,
      ),
      'node',
      postSchema,
    );
    expect(selectionSetList(info)).toEqual(['id', 'other']);
  });

  it('leaves out what @skip and @include leave out', () => {
    const info = infoOf(
      parse(`query ($yes: Boolean!) { item { id name @skip(if: $yes) child @include(if: $yes) { id } } }`),
      'item',
      schema,
      { yes: true },
    );
    expect(selectionSetList(info)).toEqual(['id', 'child', 'child/id']);
  });

  it('prints the selections of every node of a field requested twice under one key', () => {
    const info = infoOfItem(parse(`{ item { id } item { name } }`));
    expect(selectionSetList(info)).toEqual(['id', 'name']);
    expect(selectionSetGraphQL(info)).toBe('{\n  id\n  name\n}');
  });
});
