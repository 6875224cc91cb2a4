import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { ROOT_DIR } from '../../infra/paths.js';
import { spawnServer } from './spawnServer.js';

/** The bare baseline (`baselineServer.ts`) running in its own process. */
export interface BaselineProcess {
  readonly pid: number;
  readonly graphqlUrl: string;
  stop(): Promise<void>;
}

const SERVER_MODULE = fileURLToPath(new URL('baselineServer.ts', import.meta.url));

/**
 * Copies the twin's SQLite database (`<twin state>/rds-data/<database>.sqlite`, read through SQLite's
 * online backup while the twin runs, WAL included) to `copyFile`, and starts the baseline on the copy:
 * the same rows and the same indexes as the twin serves, on another connection in another process.
 */
export async function startBaseline(options: {
  readonly twinStateDir: string;
  readonly database: string;
  readonly copyFile: string;
  readonly currency: string;
  readonly secretArn: string;
}): Promise<BaselineProcess> {
  const source = path.join(options.twinStateDir, 'rds-data', `${options.database}.sqlite`);
  if (!existsSync(source)) {
    throw new Error(`No SQLite database at ${source}: does the Data API twin keep its file elsewhere now?`);
  }
  const twinDb = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await twinDb.backup(options.copyFile);
  } finally {
    twinDb.close();
  }
  const server = await spawnServer(
    [
      '--import',
      'tsx',
      SERVER_MODULE,
      '--db',
      options.copyFile,
      '--currency',
      options.currency,
      '--secret-arn',
      options.secretArn,
    ],
    {
      cwd: ROOT_DIR,
      env: process.env,
      ready: /^baseline listening at (\S+)/,
      timeoutMs: 60_000,
      label: 'The baseline',
    },
  );
  return { pid: server.pid, graphqlUrl: server.ready[1]!, stop: () => server.stop() };
}
