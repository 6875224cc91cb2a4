/**
 * A mistake in a command's arguments: the command prints the message and its one-line usage, and exits
 * with code 2, the code shells and `getopt` give a usage error, without a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
