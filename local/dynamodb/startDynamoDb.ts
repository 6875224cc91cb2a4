import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import type { TableSpec } from '../../infra/description.js';
import type { LocalService, ServiceOptions } from '../LocalService.js';
import { guardRequest } from '../guardRequest.js';
import { close, listen } from '../listen.js';
import { claimStateDir } from './claimStateDir.js';
import { createTables } from './createTables.js';
import { Dynalite } from './Dynalite.js';
import { DynamoDbProvider } from './DynamoDbProvider.js';
import { frontHandler } from './frontHandler.js';
import { sweepExpiredItems } from './sweepExpiredItems.js';
import { Sweeper } from './Sweeper.js';
import { TimeToLiveStore } from './TimeToLiveStore.js';
import { TransactionLock } from './TransactionLock.js';
import { LOCAL_CREDENTIALS } from '../localAws.js';

export interface DynamoDbOptions extends ServiceOptions {
  /** How often expired items are deleted; every 5000 ms unless given. */
  readonly sweepIntervalMs?: number;
  /** Tables of the stack description to create at start if they do not exist (see `createTables`). */
  readonly tables?: Readonly<Record<string, TableSpec>>;
}

/** The running DynamoDB twin. */
export interface DynamoDbService extends LocalService {
  /**
   * Deletes the items whose TTL has passed now, rather than at the next sweep, and resolves to how many
   * it deleted. Until swept, expired items are still read, queried and scanned, as on AWS.
   */
  sweepExpiredItems(): Promise<number>;
}

/**
 * Starts the DynamoDB twin: dynalite 4 in this process (LevelDB under `stateDir/dynalite` when a state
 * folder is given, memory otherwise) behind a front server on `port` that adds what dynalite lacks:
 * `TransactWriteItems`, `TransactGetItems`, `UpdateTimeToLive` / `DescribeTimeToLive` (settings kept in
 * `stateDir/time-to-live.json`), and a sweeper that deletes expired items every `sweepIntervalMs`.
 * With `tables`, creates those that do not exist before resolving.
 */
export async function startDynamoDb(options: DynamoDbOptions): Promise<DynamoDbService> {
  const { stateDir } = options;
  let releaseStateDir = async (): Promise<void> => {};
  if (stateDir !== undefined) {
    await mkdir(stateDir, { recursive: true });
    releaseStateDir = await claimStateDir(stateDir);
  }
  let dynalite: Dynalite | undefined;
  try {
    dynalite = await Dynalite.start({
      ...(stateDir !== undefined && { path: path.join(stateDir, 'dynalite') }),
      region: options.region,
      accountId: options.accountId,
    });
    return await startFront(dynalite, releaseStateDir, options);
  } catch (error) {
    await dynalite?.stop();
    await releaseStateDir();
    throw error;
  }
}

async function startFront(
  dynalite: Dynalite,
  releaseStateDir: () => Promise<void>,
  options: DynamoDbOptions,
): Promise<DynamoDbService> {
  const { stateDir, log } = options;
  const timeToLive = await TimeToLiveStore.open(stateDir && path.join(stateDir, 'time-to-live.json'));
  const lock = new TransactionLock();
  const provider = new DynamoDbProvider(dynalite, lock, timeToLive);
  const server = createServer(
    guardRequest(
      // AWS JSON 1.0, DynamoDB's protocol.
      { contentTypes: ['application/x-amz-json-1.0'] },
      frontHandler({ provider, dynalite, lock, ...(log && { log }) }),
    ),
  );
  const endpoint = await listen(server, options.port, 'dynamodb');
  const sweeper = new Sweeper(
    () => sweepExpiredItems({ dynalite, lock, timeToLive, ...(log && { log }) }),
    log,
  );
  sweeper.every(options.sweepIntervalMs ?? 5000);
  let stopping: Promise<void> | undefined;
  const service: DynamoDbService = {
    name: 'dynamodb',
    endpoint,
    sweepExpiredItems: () => sweeper.sweep(),
    stop: () =>
      (stopping ??= (async () => {
        await sweeper.stop();
        await close(server);
        await dynalite.stop();
        await releaseStateDir();
      })()),
  };
  log?.(`dynamodb: ${endpoint} (dynalite ${stateDir === undefined ? 'in memory' : `in ${stateDir}`})`);
  if (options.tables) {
    const client = new DynamoDBClient({
      endpoint,
      region: options.region,
      credentials: LOCAL_CREDENTIALS,
    });
    try {
      const created = await createTables(client, options.tables);
      if (created.length > 0) log?.(`dynamodb: created tables ${created.join(', ')}`);
    } catch (error) {
      await service.stop();
      throw error;
    } finally {
      client.destroy();
    }
  }
  return service;
}
