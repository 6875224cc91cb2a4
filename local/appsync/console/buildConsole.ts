import { build } from 'esbuild';
import type { Metafile, Plugin } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageSettingsScript } from './app/pageSettings.js';
import type { PageSettings } from './app/pageSettings.js';
import { CONSOLE_PATH } from './consolePath.js';

const appDir = fileURLToPath(new URL('./app/', import.meta.url));

/** Monaco's web workers, each bundled as its own classic script (GraphiQL 5 loads them through `MonacoEnvironment`). */
const WORKERS = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
} as const satisfies Record<keyof PageSettings['workers'], string>;

/**
 * Bundles the console (`app/main.tsx`: React, GraphiQL 5, Monaco) with esbuild into `outDir`: `index.html`,
 * the entry script and its lazily loaded chunks, one stylesheet (GraphiQL's fonts are inlined in it), and
 * the three Monaco workers. Every file but `index.html` has a content hash in its name, so it can be
 * cached for good. Nothing is fetched at run time from outside the twin: every asset comes from
 * `node_modules`. A previous build in `outDir` is replaced; a folder that holds anything else is left
 * alone and the call rejects. Rejects with esbuild's errors when the bundle cannot be built.
 */
export async function buildConsole(folder: string): Promise<void> {
  // esbuild resolves a relative outdir against absWorkingDir (the app folder), not the process's cwd.
  const outDir = path.resolve(folder);
  if (existsSync(outDir) && readdirSync(outDir).length > 0 && !existsSync(path.join(outDir, 'index.html')))
    throw new Error(`${outDir} holds files that are not a console build: pick an empty or new folder`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const common = {
    bundle: true,
    minify: true,
    target: 'es2022',
    outdir: outDir,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    absWorkingDir: appDir,
  } as const;

  const workers = await build({
    ...common,
    entryPoints: Object.entries(WORKERS).map(([name, entry]) => ({ in: entry, out: `${name}.worker` })),
    entryNames: '[name]-[hash]',
    format: 'iife',
    metafile: true,
  });

  const app = await build({
    ...common,
    entryPoints: [{ in: path.join(appDir, 'main.tsx'), out: 'console' }],
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    assetNames: '[name]-[hash]',
    format: 'esm',
    splitting: true,
    jsx: 'automatic',
    plugins: [dropMonacoCss],
    metafile: true,
  });

  const entry = outputOf(app.metafile, (output) => output.entryPoint?.endsWith('main.tsx') === true);
  const worker = (name: keyof typeof WORKERS): string =>
    url(outputOf(workers.metafile, (output) => output.entryPoint?.endsWith(WORKERS[name]) === true));
  const settings: PageSettings = {
    configUrl: '/config.json',
    workers: { editor: worker('editor'), json: worker('json'), graphql: worker('graphql') },
  };
  const stylesheet = app.metafile.outputs[entry]?.cssBundle;
  if (!stylesheet) throw new Error('The console bundle has no stylesheet');
  writeFileSync(path.join(outDir, 'index.html'), indexHtml(url(entry), url(stylesheet), settings));

  function url(output: string): string {
    return `${CONSOLE_PATH}/${path.relative(outDir, path.resolve(appDir, output))}`;
  }
}

// `graphiql/style.css` already holds Monaco's styles (and its codicon font); the copies that Monaco's
// modules import one by one would double them, in stylesheets of lazy chunks that nothing loads. Each
// becomes an empty module instead.
const dropMonacoCss: Plugin = {
  name: 'drop-monaco-css',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]monaco-editor[\\/].*\.css$/ }, () => ({ contents: '', loader: 'js' }));
  },
};

function outputOf(metafile: Metafile, matches: (output: Metafile['outputs'][string]) => boolean): string {
  const found = Object.entries(metafile.outputs).find(([, output]) => matches(output));
  if (!found) throw new Error('esbuild did not report an expected output');
  return found[0];
}

function indexHtml(script: string, stylesheet: string, settings: PageSettings): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ShopSync GraphQL console</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${stylesheet}">
${pageSettingsScript(settings)}
<script type="module" src="${script}"></script>
</head>
<body>
<div id="root"></div>
</body>
</html>
`;
}
