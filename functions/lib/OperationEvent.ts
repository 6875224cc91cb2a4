/**
 * One call of operation `O` of a Lambda function that serves several operations: the operation's name,
 * its arguments as `Args` types them, and the caller. The function's resolvers build exactly this
 * payload, so a renamed member fails to compile on both sides.
 */
export interface OperationCall<Args extends object, O extends OperationName<Args>, Caller> {
  readonly operation: O;
  readonly arguments: Args[O];
  readonly caller: Caller;
}

/** The operations a function whose arguments are `Args` serves: the keys of `Args`. */
export type OperationName<Args extends object> = Extract<keyof Args, string>;

/**
 * The event of a Lambda function that serves several operations (`functions/catalog`,
 * `functions/orders`): a union of one `OperationCall` per key of `Args`, discriminated by `operation`,
 * so that `switch (event.operation)` narrows `event.arguments` to that operation's arguments.
 *
 * @example
 * interface Args { readonly product: { readonly id: string }; readonly categories: Record<string, never> }
 * type Event = OperationEvent<Args, null>;
 * // = { operation: 'product'; arguments: { id: string }; caller: null }
 * //   | { operation: 'categories'; arguments: Record<string, never>; caller: null }
 */
export type OperationEvent<Args extends object, Caller> = {
  readonly [O in OperationName<Args>]: OperationCall<Args, O, Caller>;
}[OperationName<Args>];
