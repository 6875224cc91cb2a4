import { readFileSync } from 'node:fs';
import { assertValidSchema, buildSchema } from 'graphql';
import type { GraphQLSchema } from 'graphql';

const schemaFile = new URL('../schema.graphql', import.meta.url);
const awsFile = new URL('./aws.graphql', import.meta.url);

/** The SDL of `schema.graphql`, exactly as it is deployed to AppSync. */
export function schemaSource(): string {
  return readFileSync(schemaFile, 'utf8');
}

/** The AppSync built-in scalars and directives (`schema/aws.graphql`), which AppSync forbids redeclaring. */
export function awsDeclarations(): string {
  return readFileSync(awsFile, 'utf8');
}

/**
 * The API as graphql-js sees it: the AWS declarations followed by `schema.graphql`.
 * Throws when the SDL or the resulting schema is invalid.
 */
export function loadSchema(): GraphQLSchema {
  const schema = buildSchema(`${awsDeclarations()}\n${schemaSource()}`);
  assertValidSchema(schema);
  return schema;
}
