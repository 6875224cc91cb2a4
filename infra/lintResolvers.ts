import { ESLint } from 'eslint';

/**
 * Runs the project's ESLint configuration (which applies `@aws-appsync/eslint-plugin`'s recommended
 * rules, with type information, to `resolvers/`) on the given files. Resolves to the formatted report
 * when there are errors or warnings, and to `undefined` when the files are clean.
 */
export async function lintResolvers(files: readonly string[], rootDir: string): Promise<string | undefined> {
  const eslint = new ESLint({ cwd: rootDir });
  return report(eslint, await eslint.lintFiles([...files]));
}

/**
 * Lints resolver source text as if it were the file at `filePath` (under `resolvers/`), with the same
 * rules and type information as `lintResolvers`.
 */
export async function lintResolverSource(
  source: string,
  filePath: string,
  rootDir: string,
): Promise<string | undefined> {
  const eslint = new ESLint({ cwd: rootDir });
  return report(eslint, await eslint.lintText(source, { filePath }));
}

async function report(eslint: ESLint, results: ESLint.LintResult[]): Promise<string | undefined> {
  const problems = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
  if (problems === 0) return undefined;
  const formatter = await eslint.loadFormatter('stylish');
  return formatter.format(results);
}
