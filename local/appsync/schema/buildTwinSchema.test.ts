import { getDirectiveValues, graphql, validateSchema } from 'graphql';
import type { ConstDirectiveNode, GraphQLObjectType, GraphQLScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AwsScalarError } from './AwsScalarError.js';
import { awsScalars } from './awsScalars.js';
import { buildTwinSchema } from './buildTwinSchema.js';
import { findAwsScalarError } from './findAwsScalarError.js';

const schema = buildTwinSchema();

function directiveNames(directives: readonly ConstDirectiveNode[] | undefined): readonly string[] {
  return (directives ?? []).map((directive) => directive.name.value);
}

function objectType(name: string): GraphQLObjectType {
  return schema.getType(name) as GraphQLObjectType;
}

describe('buildTwinSchema', () => {
  it('builds a valid schema from schema/aws.graphql and schema.graphql', () => {
    expect(validateSchema(schema)).toEqual([]);
    expect(schema.getQueryType()?.name).toBe('Query');
    expect(schema.getSubscriptionType()?.name).toBe('Subscription');
  });

  it('declares the AWS directives', () => {
    for (const name of [
      'aws_api_key',
      'aws_iam',
      'aws_oidc',
      'aws_lambda',
      'aws_cognito_user_pools',
      'aws_auth',
      'aws_subscribe',
      'aws_publish',
    ]) {
      expect(schema.getDirective(name), name).toBeDefined();
    }
  });

  it('keeps the auth directives of fields in their AST nodes', () => {
    const query = objectType('Query').getFields();
    expect(directiveNames(query.product?.astNode?.directives)).toEqual([
      'aws_api_key',
      'aws_cognito_user_pools',
    ]);
    const groups = schema.getDirective('aws_cognito_user_pools');
    const lowStock = query.lowStockProducts?.astNode;
    expect(groups && lowStock && getDirectiveValues(groups, lowStock)).toEqual({
      cognito_groups: ['admins'],
    });
    const publish = objectType('Mutation').getFields().publishOrderStatus?.astNode;
    expect(directiveNames(publish?.directives)).toEqual(['aws_iam']);
  });

  it('keeps the auth directives of types in their AST nodes', () => {
    expect(directiveNames(objectType('Product').astNode?.directives)).toEqual([
      'aws_api_key',
      'aws_cognito_user_pools',
    ]);
    expect(directiveNames(objectType('OrderStatusEvent').astNode?.directives)).toEqual([
      'aws_iam',
      'aws_cognito_user_pools',
    ]);
  });

  it('keeps @aws_subscribe with its mutations', () => {
    const field = objectType('Subscription').getFields().onOrderStatusChanged?.astNode;
    const subscribe = schema.getDirective('aws_subscribe');
    expect(subscribe && field && getDirectiveValues(subscribe, field)).toEqual({
      mutations: ['publishOrderStatus'],
    });
  });

  it('attaches the AWS scalars, keeping the descriptions of schema/aws.graphql', () => {
    for (const scalar of awsScalars) {
      const built = schema.getType(scalar.name) as GraphQLScalarType;
      expect(built.astNode, scalar.name).toBeDefined();
      expect(built.description, scalar.name).toBe(built.astNode?.description?.value);
      expect(built.parseValue, scalar.name).toBe(scalar.parseValue);
      expect(built.serialize, scalar.name).toBe(scalar.serialize);
      expect(built.parseLiteral, scalar.name).toBe(scalar.parseLiteral);
    }
  });

  it("validates an AWS scalar in a real operation's input", async () => {
    const source = `mutation ($input: OrderStatusEventInput!) { publishOrderStatus(input: $input) { orderId } }`;
    const input = { orderId: 'o1', userId: 'u1', status: 'CONFIRMED', at: '2024-13-01T00:00Z' };
    const result = await graphql({ schema, source, variableValues: { input } });
    expect(result.data).toBeUndefined();
    expect(findAwsScalarError(result.errors?.[0])).toBeInstanceOf(AwsScalarError);
    expect(result.errors?.[0]?.message).toContain(
      'Unable to parse `2024-13-01T00:00Z` as a valid DateTime Object.',
    );
  });

  it('builds from another source after the same AWS declarations', () => {
    const small = buildTwinSchema('type Query { at: AWSDateTime @aws_api_key }');
    expect(directiveNames(small.getQueryType()?.getFields().at?.astNode?.directives)).toEqual([
      'aws_api_key',
    ]);
    expect(() => buildTwinSchema('type Query { at: Nope }')).toThrow(/Nope/);
  });
});
