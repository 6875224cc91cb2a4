import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'build/**', 'cdk.out/**', 'dist/**'],
    // CDK synthesis bundles every Lambda function with esbuild; give it room on a 2-core machine.
    testTimeout: 120_000,
    // The lockfile pins AWS SDK versions that support Node 20; the SDK's notice about 2027 is known.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    hookTimeout: 120_000,
    // expect.poll waits for what the twin does in the background (a sweep, a delivery, a page render);
    // vitest's default of 1 s fails such waits on a loaded 2-core machine. A poll only ever ends early.
    expect: { poll: { timeout: 20_000 } },
  },
});
