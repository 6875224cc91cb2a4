import { Kind } from 'graphql';
import type { GraphQLSchema } from 'graphql';

/**
 * Reads `@aws_subscribe(mutations: [...])` from the schema's AST: mutation field name → the
 * `Subscription` fields that fire when it succeeds, in schema order. Throws when a directive names a
 * mutation the schema does not have (AppSync refuses such a schema).
 */
export function subscriptionTargets(schema: GraphQLSchema): ReadonlyMap<string, readonly string[]> {
  const targets = new Map<string, string[]>();
  const mutations = schema.getMutationType()?.getFields() ?? {};
  for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
    for (const directive of field.astNode?.directives ?? []) {
      if (directive.name.value !== 'aws_subscribe') continue;
      const argument = directive.arguments?.find((candidate) => candidate.name.value === 'mutations');
      const list = argument?.value;
      const names =
        list?.kind === Kind.LIST
          ? list.values.flatMap((value) => (value.kind === Kind.STRING ? [value.value] : []))
          : list?.kind === Kind.STRING
            ? [list.value]
            : [];
      for (const mutation of names) {
        if (!mutations[mutation])
          throw new Error(
            `@aws_subscribe on Subscription.${field.name} names an unknown mutation ${mutation}`,
          );
        const fields = targets.get(mutation);
        if (fields) fields.push(field.name);
        else targets.set(mutation, [field.name]);
      }
    }
  }
  return targets;
}
