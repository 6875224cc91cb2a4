import { ESLint } from 'eslint';

/**
 * Runs the project's ESLint configuration (which applies `@aws-appsync/eslint-plugin`'s recommended
 * rules, with type information, to `resolvers/`) on the given files. Resolves to the formatted report
 * when there are errors or warnings, and to `undefined` when the files are clean.
 */
export async function lintResolvers(files: readonly string[], rootDir: string): Promise<string | undefined> {
  const eslint = new ESLint({ cwd: rootDir });
  const results = await eslint.lintFiles([...files]);
  const problems = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
  if (problems === 0) return undefined;
  const formatter = await eslint.loadFormatter('stylish');
  return formatter.format(results);
}
