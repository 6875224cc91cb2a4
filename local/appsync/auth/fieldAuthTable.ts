import { isObjectType, Kind, valueFromASTUntyped } from 'graphql';
import type { ConstDirectiveNode, GraphQLSchema } from 'graphql';
import type { ApiAuthModes, AuthMode } from './AuthMode.js';

/** One way in to a field: a mode, and for Cognito the groups of which the caller must be in one (null: any user). */
export interface Grant {
  readonly mode: AuthMode;
  readonly groups: readonly string[] | null;
}

/** Who may read each field: `Type.field` → its grants. Built once per schema by `fieldAuthTable`. */
export type FieldAuthTable = ReadonlyMap<string, readonly Grant[]>;

const MODE_OF_DIRECTIVE: Readonly<Record<string, AuthMode>> = {
  aws_api_key: 'API_KEY',
  aws_iam: 'AWS_IAM',
  aws_oidc: 'OPENID_CONNECT',
  aws_lambda: 'AWS_LAMBDA',
  aws_cognito_user_pools: 'AMAZON_COGNITO_USER_POOLS',
};

/**
 * The grants of every field of every object type, by AppSync's rules for auth directives
 * (docs "Configuring authorization and authentication", section "Using additional authorization modes"):
 *
 * - a field's auth directives replace those of its type; a type's apply to each of its fields that has
 *   none; a field and type without any are open to the default mode only;
 * - with Cognito as the default mode, `defaultAction: ALLOW` opens such fields to every signed-in user
 *   and `DENY` closes them;
 * - `cognito_groups` admits members of any one of the groups (localstack/localstack#7476 records AWS's
 *   OR); omitted, every user of the pool;
 * - `@aws_auth` counts only when Cognito is the API's sole mode, and only on `Query`, `Mutation` and
 *   `Subscription` fields: on a multi-auth API AppSync ignores it (a 2026 probe of a Cognito + IAM API
 *   returned `@aws_auth(cognito_groups:["Admin"])` fields to a user in no group), and nested `@aws_auth`
 *   is ignored even then (aws/aws-appsync-community#275, AWS's answer on re:Post "field level access
 *   control in schema": "it only works for top level fields").
 *
 * Each field is checked on its own: the directives of a field's return type do not guard the field
 * itself, they guard the returned object's fields, each of which fails separately with "Not Authorized
 * to access <field> on type <Type>" (aws/aws-appsync-community#266).
 */
export function fieldAuthTable(schema: GraphQLSchema, modes: ApiAuthModes): FieldAuthTable {
  const cognitoOnly = modes.defaultMode === 'AMAZON_COGNITO_USER_POOLS' && modes.additionalModes.length === 0;
  const defaultGrants: readonly Grant[] =
    modes.defaultMode === 'AMAZON_COGNITO_USER_POOLS' && modes.defaultAction === 'DENY'
      ? []
      : [{ mode: modes.defaultMode, groups: null }];
  const rootTypes = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((type) => type?.name),
  );

  const table = new Map<string, readonly Grant[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeGrants = grantsOf(
      [type.astNode, ...type.extensionASTNodes].flatMap((node) => node?.directives ?? []),
      false,
    );
    const awsAuth = cognitoOnly && rootTypes.has(type.name);
    for (const field of Object.values(type.getFields())) {
      const fieldGrants = grantsOf(field.astNode?.directives ?? [], awsAuth);
      table.set(`${type.name}.${field.name}`, fieldGrants ?? typeGrants ?? defaultGrants);
    }
  }
  return table;
}

/** The grants the auth directives among `directives` give; undefined when there is no auth directive. */
function grantsOf(directives: readonly ConstDirectiveNode[], awsAuth: boolean): readonly Grant[] | undefined {
  const grants: Grant[] = [];
  for (const directive of directives) {
    const name = directive.name.value;
    const mode = name === 'aws_auth' && awsAuth ? 'AMAZON_COGNITO_USER_POOLS' : MODE_OF_DIRECTIVE[name];
    if (!mode) continue;
    grants.push({ mode, groups: mode === 'AMAZON_COGNITO_USER_POOLS' ? groupsOf(directive) : null });
  }
  return grants.length > 0 ? grants : undefined;
}

function groupsOf(directive: ConstDirectiveNode): readonly string[] | null {
  const argument = directive.arguments?.find((candidate) => candidate.name.value === 'cognito_groups');
  if (!argument || argument.value.kind === Kind.NULL) return null;
  const value: unknown = valueFromASTUntyped(argument.value);
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list.filter((group): group is string => typeof group === 'string');
}
