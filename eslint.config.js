// @ts-check
import js from '@eslint/js';
import appsync from '@aws-appsync/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'build/', 'cdk.out/', 'dist/', '**/generated/', 'app/dist/', 'app/src/gql/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    // APPSYNC_JS: the AppSync rules need type information, which the block above provides. `domain/`
    // is bundled into resolvers too.
    files: ['resolvers/**/*.ts', 'domain/**/*.ts'],
    ignores: ['resolvers/**/*.test.ts', 'domain/**/*.test.ts'],
    plugins: appsync.configs.recommended.plugins,
    rules: {
      ...appsync.configs.recommended.rules,
      // The plugin does not lint these, but the runtime rejects them (supported-features.html).
      'no-restricted-syntax': [
        'error',
        { selector: 'ThrowStatement', message: 'APPSYNC_JS has no throw: use util.error().' },
        { selector: 'DoWhileStatement', message: 'APPSYNC_JS has no do-while.' },
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!@aws-appsync/utils(/dynamodb)?$|\\.)',
              message: 'Resolvers run in APPSYNC_JS: only @aws-appsync/utils and local modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Tools load these files through their default export.
    files: ['eslint.config.js', '*.config.ts', 'types/**/*.d.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
