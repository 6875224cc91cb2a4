/**
 * How much the local twin costs over the engine behind it. Run by hand:
 *
 *   npx tsx bench/twin.ts [--iterations 1000] [--sqs-iterations 200]
 *
 * Each scenario makes one call at a time, alternating twin and direct (see `measurePair`): first a
 * warm-up that is not recorded (a fifth of the iterations, at least 20), then `iterations` rounds. It
 * prints p50, p95 and mean latency in ms and ops/s (1000 / mean) for the twin and for the same work done
 * directly on the engine behind it, and the ratio twin/direct: 1.00x means the twin adds nothing.
 * Scenarios: DynamoDB GetItem (twin vs plain dynalite), Data API point select (twin vs better-sqlite3
 * in-process, and vs mysql2 when MariaDB listens on 127.0.0.1:3306), an SQS message to a Lambda handler
 * (twin vs a long poll on fauxqs alone), and the twin's DynamoDB transactions (twin only). Every server
 * starts on a free port and is stopped; nothing is asserted. Figures move with the machine's load: read
 * p50 and the ratios, and run it twice. */
import { parseArgs } from 'node:util';
import { benchDataApiSelectMariaDb, benchDataApiSelectSqlite } from './twin/dataApiSelect.js';
import { benchDynamoDbGetItem } from './twin/dynamoDbGetItem.js';
import { benchDynamoDbTransactions } from './twin/dynamoDbTransactions.js';
import { formatReport } from './twin/formatReport.js';
import type { Rounds } from './twin/measure.js';
import { benchSqsToLambda } from './twin/sqsToLambda.js';
import { machineLine } from './machine.js';

// The lockfile pins AWS SDK versions that support Node 20; the SDK's notice about 2027 is known.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', short: 'n', default: '1000' },
    'sqs-iterations': { type: 'string', default: '200' },
  },
});

const rounds = (flag: 'iterations' | 'sqs-iterations'): Rounds => {
  const iterations = Number(values[flag]);
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new Error(`--${flag} must be a positive integer, not ${values[flag]}`);
  }
  return { iterations, warmUp: Math.max(20, Math.round(iterations / 5)) };
};

const requests = rounds('iterations');
const messages = rounds('sqs-iterations');
console.log(machineLine());
console.log(
  'One call at a time, twin and direct alternating, after a warm-up; latency in ms; ops/s = 1000 / mean.\n',
);

const scenarios = [
  () => benchDynamoDbGetItem(requests),
  () => benchDataApiSelectSqlite(requests),
  () => benchDataApiSelectMariaDb(requests),
  () => benchSqsToLambda(messages),
  () =>
    benchDynamoDbTransactions({ iterations: Math.max(1, Math.round(requests.iterations / 5)), warmUp: 20 }),
];
for (const scenario of scenarios) console.log(`${formatReport(await scenario())}\n`);
