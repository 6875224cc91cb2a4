import { Stack, Token, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Accepts cdk-nag findings on one construct (and its children), with the reason they are accepted.
 * Each finding is named exactly (`AwsSolutions-IAM5[Resource::*]`), so a new wildcard is still reported.
 */
export function acknowledge(construct: IConstruct, findings: readonly string[], reason: string): void {
  for (const id of findings) Validations.of(construct).acknowledge({ id, reason });
}

/**
 * Singletons CDK adds to the stack on its own (the bucket deployment's function, log retention): found
 * by the id prefix CDK gives them, so that findings are accepted on them and nowhere else.
 */
export function stackSingletons(scope: IConstruct, idPrefix: string): IConstruct[] {
  const found = Stack.of(scope).node.children.filter((child) => child.node.id.startsWith(idPrefix));
  if (found.length === 0) throw new Error(`No construct with id prefix ${idPrefix}: CDK changed its naming`);
  return found;
}

/** X-Ray's PutTraceSegments and PutTelemetryRecords cannot be scoped to a resource. */
export const XRAY_WILDCARD = 'AwsSolutions-IAM5[Resource::*]';

/** CDK's own functions and the ones the description asks for run Node.js 22, not the newest runtime. */
export const NODE22_RUNTIME_REASON =
  'Lambda functions target nodejs22.x, the runtime the project tests against (README: Node.js 20 locally, nodejs22.x on AWS); ' +
  'CDK-provided handlers use the runtime CDK pins. Move to a newer runtime together with the local Node version.';

export const BASIC_EXECUTION_ROLE =
  'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';

/** How cdk-nag writes this stack's region and account inside finding ids: the value, or the pseudo parameter. */
export function nagEnv(scope: IConstruct): { readonly region: string; readonly account: string } {
  const stack = Stack.of(scope);
  return {
    region: Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region,
    account: Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account,
  };
}
