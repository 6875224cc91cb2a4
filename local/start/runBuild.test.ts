import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildError, childExecArgv, runBuild } from './runBuild.js';

const fixture = (name: string): string => path.join(import.meta.dirname, 'fixtures', name);
// The test runner's own flags hold no TypeScript loader; the twin's (tsx's) do.
const execArgv = ['--import', 'tsx'];

describe('runBuild', () => {
  it('resolves with what the build reports, and names the parts to build', async () => {
    await expect(
      runBuild({ parts: ['resolvers', 'app'], script: fixture('buildBuilt.ts'), execArgv }),
    ).resolves.toEqual({ checkedCode: ['digest', 'resolvers', 'app'] });
  });

  it('rejects with the build’s message and exit code when the build fails', async () => {
    const failed = await runBuild({
      parts: ['resolvers'],
      script: fixture('buildFailed.ts'),
      execArgv,
    }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(BuildError);
    expect(failed).toMatchObject({
      message: 'Resolver lint failed: APPSYNC_JS cannot run this code.',
      exitCode: 1,
    });
  });

  it('rejects with the exit code when the build ends without a report', async () => {
    const crashed = await runBuild({
      parts: ['resolvers'],
      script: fixture('buildCrashed.ts'),
      execArgv,
    }).catch((error: unknown) => error);
    expect(crashed).toBeInstanceOf(BuildError);
    expect(crashed).toMatchObject({
      message: 'The build ended without a report (exit code 3)',
      exitCode: 3,
    });
  });
});

describe('childExecArgv', () => {
  it('keeps the loader flags and drops the inspector’s and the profilers’, with their values', () => {
    expect(
      childExecArgv([
        '--require',
        '/tsx/preflight.cjs',
        '--import',
        'file:///tsx/loader.mjs',
        '--inspect=9230',
        '--cpu-prof',
        '--cpu-prof-dir',
        'profiles',
        '--heap-prof-name=twin.heapprofile',
        '--max-old-space-size=512',
      ]),
    ).toEqual([
      '--require',
      '/tsx/preflight.cjs',
      '--import',
      'file:///tsx/loader.mjs',
      '--max-old-space-size=512',
    ]);
  });
});
