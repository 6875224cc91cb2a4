/** `npm run reset [-- --state <dir>]`: deletes the twin's state folder (default .shopsync). */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT_DIR } from '../infra/paths.js';
import { resetStateDir } from './stateDir.js';

const { values } = parseArgs({ options: { state: { type: 'string' } } });
const stateDir = path.resolve(values.state ?? process.env.SHOPSYNC_STATE ?? path.join(ROOT_DIR, '.shopsync'));
try {
  console.log(
    resetStateDir(stateDir) ? `Deleted ${stateDir}` : `Nothing to delete: ${stateDir} does not exist`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
