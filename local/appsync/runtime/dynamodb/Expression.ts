import type { AttributeValue } from '../util/index.js';

/** A condition, filter or key condition as it travels in a DynamoDB request object. */
export interface Expression {
  readonly expression: string;
  readonly expressionNames?: Readonly<Record<string, string>>;
  readonly expressionValues?: Readonly<Record<string, AttributeValue>>;
}
