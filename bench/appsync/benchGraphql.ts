import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from '../../infra/paths.js';
import { shop } from '../../infra/shop.js';
import { startTwin } from '../../local/twin.js';
import { signUpUser } from '../../test/support/twinClients.js';
import { cognitoIdentity } from './cognitoIdentity.js';
import type { GraphqlPath } from './GraphqlPath.js';
import { measureConcurrent } from './measureConcurrent.js';
import { measureSequential } from './measureSequential.js';
import type { PathFigures } from './measureSequential.js';
import { plainGraphqlPath } from './plainGraphqlPath.js';
import { twinExecutePath } from './twinExecutePath.js';
import { twinHttpPath } from './twinHttpPath.js';

/** The query every path answers: Query.me, a DynamoDB GetItem resolver on `users`. */
export const ME_QUERY = '{ me { id email name } }';

/** The figures of one path at concurrency 1 and at `concurrency`. */
export interface GraphqlFigures {
  readonly label: string;
  readonly sequential: PathFigures;
  readonly concurrent: PathFigures;
}

/**
 * Starts the whole twin (port 0, a temporary state folder), signs a user up through its Cognito, and
 * times {@link ME_QUERY} on three paths: the graphql-js baseline first, then the twin's engine in-process,
 * then the twin over HTTP. Each path is checked to answer the user's `me` before timing. Stops the twin
 * and removes its folder.
 */
export async function benchGraphql(
  iterations: number,
  concurrency: number,
): Promise<readonly GraphqlFigures[]> {
  const stateRoot = mkdtempSync(path.join(tmpdir(), 'shopsync-bench-appsync-'));
  const twin = await startTwin({
    description: shop,
    rootDir: ROOT_DIR,
    port: 0,
    stateDir: path.join(stateRoot, 'state'),
  });
  let baseline: ReturnType<typeof plainGraphqlPath> | undefined;
  try {
    const user = await signUpUser(twin, 'bench@example.com', 'Bench-Password-42');
    baseline = plainGraphqlPath(twin.services.dynamodb.endpoint, ME_QUERY, user.sub);
    const paths: readonly GraphqlPath[] = [
      baseline,
      twinExecutePath(twin, ME_QUERY, cognitoIdentity(twin, user.idToken)),
      twinHttpPath(twin, ME_QUERY, user.idToken, user.sub),
    ];
    for (const path of paths) {
      if (!(await path.call())) throw new Error(`${path.label} does not answer me of the signed-up user`);
    }
    const warmUp = Math.max(20, Math.round(iterations / 5));
    const sequential = await measureSequential(paths, iterations, warmUp);
    const rounds = 10;
    const perRound = Math.max(concurrency, Math.round(iterations / rounds));
    const concurrent = await measureConcurrent(paths, { concurrency, rounds, perRound, warmUpRounds: 2 });
    return paths.map((path, index) => ({
      label: path.label,
      sequential: sequential[index]!,
      concurrent: concurrent[index]!,
    }));
  } finally {
    baseline?.close();
    await twin.stop();
    rmSync(stateRoot, { recursive: true, force: true });
  }
}
