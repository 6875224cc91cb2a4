import type { PageSettings } from './pageSettings.js';

interface MonacoEnvironment {
  getWorker(workerId: string, label: string): Worker;
}

/**
 * Tells Monaco where its web workers are, as GraphiQL 5 requires before its editors mount: the JSON
 * worker for the variables, headers and response editors, monaco-graphql's worker for the query editor,
 * and the base editor worker for every other label. Each is a classic script bundled on its own.
 */
export function setupMonacoWorkers(workers: PageSettings['workers']): void {
  const environment: MonacoEnvironment = {
    getWorker(_workerId, label) {
      if (label === 'json') return new Worker(workers.json, { name: 'json' });
      if (label === 'graphql') return new Worker(workers.graphql, { name: 'graphql' });
      return new Worker(workers.editor, { name: label });
    },
  };
  (globalThis as { MonacoEnvironment?: MonacoEnvironment }).MonacoEnvironment = environment;
}
