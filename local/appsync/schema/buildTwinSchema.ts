import { assertValidSchema, buildSchema, isScalarType } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { awsDeclarations, schemaSource } from '../../../schema/loadSchema.js';
import { awsScalars } from './awsScalars.js';

/**
 * The executable schema of the twin: the AWS declarations (`schema/aws.graphql`) followed by `source`
 * (default: `schema.graphql`), with the AWS scalars validating and coercing values as AppSync does (see
 * `awsScalars`). Types and fields keep their AST nodes, so their `@aws_*` directives stay readable from
 * `astNode.directives`, and the scalars keep the descriptions of `schema/aws.graphql`. No field resolvers
 * are attached. Throws when the SDL or the resulting schema is invalid.
 *
 * @example
 * const schema = buildTwinSchema();
 * schema.getQueryType()?.getFields().me?.astNode?.directives; // [@aws_cognito_user_pools]
 */
export function buildTwinSchema(source: string = schemaSource()): GraphQLSchema {
  const schema = buildSchema(`${awsDeclarations()}\n${source}`);
  for (const scalar of awsScalars) {
    const declared = schema.getType(scalar.name);
    if (!isScalarType(declared)) throw new Error(`schema/aws.graphql does not declare scalar ${scalar.name}`);
    // buildSchema leaves declared scalars with identity coercion. The schema is not shared yet, so its
    // scalars take AppSync's coercion in place: rebuilding every type that refers to them would need
    // @graphql-tools/schema, whose import of graphql resolves to the CommonJS build under vitest while
    // our sources get the ES module one ("Cannot use GraphQLSchema … from another module or realm").
    Object.assign(declared, {
      serialize: scalar.serialize,
      parseValue: scalar.parseValue,
      parseLiteral: scalar.parseLiteral,
    });
  }
  assertValidSchema(schema);
  return schema;
}
