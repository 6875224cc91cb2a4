import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The shop app's build: `npx vite build --config app/vite.config.ts` writes `app/dist/` (index.html and
 * hashed assets). The root is this folder whatever the working directory, so the e2e test can build it
 * programmatically; the app reads its settings from `/config.json` at run time, so one build serves the
 * twin and AWS alike.
 */
// eslint-disable-next-line no-restricted-syntax -- Vite loads its configuration from the default export.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    // aws-appsync-subscription-link imports `graphql/index.js`, graphql-js's CommonJS entry, which drags
    // in the whole library beside the ES modules Apollo Client already uses: the same ES entry serves
    // both, and halves the real-time chunk (about 102 kB to 48 kB gzipped).
    alias: [{ find: /^graphql\/index\.js$/, replacement: 'graphql' }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The entry chunk holds React, Apollo Client and Amplify's session code, about 475 kB minified and
    // 141 kB gzipped; the size that matters, the first load gzipped, is what the bench reports.
    chunkSizeWarningLimit: 600,
  },
  logLevel: 'warn',
});
