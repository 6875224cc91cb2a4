/**
 * Throws for an APPSYNC_JS helper the local runtime leaves out, so a resolver that needs it fails
 * loudly (as a code error) instead of getting a wrong answer.
 */
export function unsupported(name: string): never {
  throw new Error(`${name} is not supported by the local AppSync runtime`);
}
