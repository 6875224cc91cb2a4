import * as sdk from '@aws-sdk/client-cognito-identity-provider';
import type { HttpRequest } from '@smithy/protocol-http';
import { describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS } from '../localAws.js';
import { UNAUTHENTICATED_OPERATIONS } from './unauthenticatedOperations.js';

/**
 * Every command class of the AWS SDK's Cognito user-pools client, with its operation name. Typed as one
 * of them: the client sends each the same way, and the test builds them with an empty input.
 */
function sdkCommands(): (readonly [string, new (input: object) => sdk.ListUsersCommand])[] {
  return Object.entries(sdk)
    .filter(([name, value]) => name.endsWith('Command') && name !== '$Command' && typeof value === 'function')
    .map(
      ([name, value]) =>
        [name.slice(0, -'Command'.length), value as new (input: object) => sdk.ListUsersCommand] as const,
    );
}

describe('UNAUTHENTICATED_OPERATIONS', () => {
  it('holds exactly the operations the AWS SDK sends unsigned, though it has keys', async () => {
    const client = new sdk.CognitoIdentityProviderClient({
      endpoint: 'http://127.0.0.1:9',
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
      maxAttempts: 1,
    });
    const unsigned: string[] = [];
    const sent = new Set<string>();
    // After signing (the finalizeRequest step), before anything is sent: note the request, send nothing.
    client.middlewareStack.add(
      (_next, context) => (args) => {
        const operation = String(context.commandName).replace(/Command$/, '');
        sent.add(operation);
        if (!(args.request as HttpRequest).headers.authorization) unsigned.push(operation);
        return Promise.reject(new Error('not sent'));
      },
      { step: 'deserialize', priority: 'low', name: 'captureSignature' },
    );
    const commands = sdkCommands();
    for (const [, Command] of commands) {
      await client.send(new Command({})).catch(() => undefined);
    }
    client.destroy();
    expect(sent.size).toBe(commands.length);
    expect(sent.has('AdminAddUserToGroup')).toBe(true);
    expect(unsigned.sort()).toEqual([...UNAUTHENTICATED_OPERATIONS].sort());
  });
});
