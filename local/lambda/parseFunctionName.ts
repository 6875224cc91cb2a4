/** A `FunctionName` of the Lambda API, taken apart. */
export interface FunctionReference {
  readonly name: string;
  /** Present when the reference was an ARN (full: region and account; partial: account only). */
  readonly region?: string;
  readonly accountId?: string;
  /** A version or alias suffix (`my-fn:$LATEST`, `...:function:my-fn:prod`). */
  readonly qualifier?: string;
}

const PATTERNS: readonly RegExp[] = [
  /^arn:aws[a-zA-Z-]*:lambda:(?<region>[a-z0-9-]+):(?<accountId>\d{12}):function:(?<name>[a-zA-Z0-9-_]+)(?::(?<qualifier>\$LATEST|[a-zA-Z0-9-_]+))?$/,
  /^(?<accountId>\d{12}):function:(?<name>[a-zA-Z0-9-_]+)(?::(?<qualifier>\$LATEST|[a-zA-Z0-9-_]+))?$/,
  /^(?<name>[a-zA-Z0-9-_]+)(?::(?<qualifier>\$LATEST|[a-zA-Z0-9-_]+))?$/,
];

/**
 * Parses the forms Lambda accepts for `FunctionName`: `my-function`, `my-function:qualifier`,
 * `123456789012:function:my-function[:qualifier]` and
 * `arn:aws:lambda:us-east-1:123456789012:function:my-function[:qualifier]`. Undefined for anything else.
 */
export function parseFunctionName(functionName: string): FunctionReference | undefined {
  for (const pattern of PATTERNS) {
    const groups = pattern.exec(functionName)?.groups;
    if (!groups?.name) continue;
    return {
      name: groups.name,
      ...(groups.region ? { region: groups.region } : {}),
      ...(groups.accountId ? { accountId: groups.accountId } : {}),
      ...(groups.qualifier ? { qualifier: groups.qualifier } : {}),
    };
  }
  return undefined;
}
