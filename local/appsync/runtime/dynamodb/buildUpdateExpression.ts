import type { Expression } from './Expression.js';
import { isOperation } from './operations.js';
import type { Operation } from './operations.js';
import { toDynamoDB } from '../util/index.js';
import type { AttributeValue } from '../util/index.js';

/** A `SET` clause's text, given the attribute's alias and a function that binds a value to a placeholder. */
type Render = (name: string, bind: (value: unknown) => string) => string;

interface SetClause {
  readonly field: string;
  readonly render: Render;
}

/**
 * The `update` part of an UpdateItem request for an update object (`{ field: value | operation }`), as
 * AppSync's `update()` builds it: one `SET` list then one `REMOVE` list, attribute aliases `#expName_1`,
 * `#expName_2`, ... numbered in the order the clauses come out (so a removal written first still comes
 * after the sets), one alias per attribute however many clauses name it, values `:expValue_1`, ... in
 * the same order; `expressionNames` and `expressionValues` always present. A bare value (null included,
 * as `{ NULL: null }`) sets the attribute; `add` and `replace` set it too (`add` is not DynamoDB's ADD);
 * `increment`/`decrement` step by 1 when given no step.
 * Sources, recorded from AWS: localstack/appsync-utils `index.test.js.snap` ("DynamoDB module functions
 * update add|append|decrement|increment|prepend|replace 1"), and an AWS EvaluateCode result for seven
 * attributes, five of them null, asserted by a public `editMyProfile` resolver test (`code` corpus).
 */
export function buildUpdateExpression(update: unknown): Required<Expression> {
  if (typeof update !== 'object' || update === null || Array.isArray(update)) {
    throw new TypeError('update: expected an object of attributes to update');
  }
  const sets: SetClause[] = [];
  const removes: string[] = [];
  for (const [field, change] of Object.entries(update)) {
    if (change === undefined) continue;
    if (isListItemUpdates(change)) {
      for (const item of change) {
        sets.push({ field, render: (name, bind) => `${name}[${item.index}] = ${bind(item.value)}` });
      }
    } else if (!isOperation(change)) {
      sets.push({ field, render: (name, bind) => `${name} = ${bind(change)}` });
    } else if (change.type === 'OPERATION_REMOVE') {
      removes.push(field);
    } else {
      sets.push({ field, render: setClause(change) });
    }
  }

  const names = new Map<string, string>();
  const alias = (field: string): string => {
    let name = names.get(field);
    if (name === undefined) {
      name = `#expName_${names.size + 1}`;
      names.set(field, name);
    }
    return name;
  };
  const values: Record<string, AttributeValue> = {};
  let bound = 0;
  const bind = (value: unknown): string => {
    bound += 1;
    const placeholder = `:expValue_${bound}`;
    values[placeholder] = toDynamoDB(value);
    return placeholder;
  };

  const clauses: string[] = [];
  if (sets.length > 0) {
    clauses.push(`SET ${sets.map((clause) => clause.render(alias(clause.field), bind)).join(', ')}`);
  }
  if (removes.length > 0) {
    clauses.push(`REMOVE ${removes.map(alias).join(', ')}`);
  }
  const expressionNames: Record<string, string> = {};
  for (const [field, name] of names) expressionNames[name] = field;
  return { expression: clauses.join(' '), expressionNames, expressionValues: values };
}

function setClause(operation: Exclude<Operation, { type: 'OPERATION_REMOVE' }>): Render {
  switch (operation.type) {
    case 'OPERATION_ADD':
    case 'OPERATION_REPLACE':
      return (name, bind) => `${name} = ${bind(operation.value)}`;
    case 'OPERATION_INCREMENT':
      return (name, bind) => `${name} = ${name} + ${bind(operation.by ?? 1)}`;
    case 'OPERATION_DECREMENT':
      return (name, bind) => `${name} = ${name} - ${bind(operation.by ?? 1)}`;
    case 'OPERATION_APPEND':
      return (name, bind) => `${name} = list_append(${name}, ${bind(operation.items)})`;
    case 'OPERATION_PREPEND':
      return (name, bind) => `${name} = list_append(${bind(operation.items)}, ${name})`;
    case 'OPERATION_UPDATE_LIST_ITEM':
      return (name, bind) => `${name}[${operation.index}] = ${bind(operation.value)}`;
  }
}

type ListItemUpdate = Extract<Operation, { type: 'OPERATION_UPDATE_LIST_ITEM' }>;

function isListItemUpdates(value: unknown): value is readonly ListItemUpdate[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((item) => isOperation(item) && item.type === 'OPERATION_UPDATE_LIST_ITEM')
  );
}
