import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'build/**', 'cdk.out/**', 'dist/**'],
    // CDK synthesis bundles every Lambda function with esbuild; give it room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
