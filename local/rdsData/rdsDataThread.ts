/**
 * The entry of the Data API twin's worker thread (`startRdsDataThread`): starts `startRdsData` with the
 * options it is given, sends its log lines and its outcome to the parent, answers its counters and
 * stops on request.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RdsDataService } from './startRdsData.js';
import { startRdsData } from './startRdsData.js';
import type { FromThread, ThreadError, ThreadOptions, ToThread } from './startRdsDataThread.js';

const port = parentPort;
if (port === null) throw new Error('rdsDataThread runs only as a worker thread');
const send = (message: FromThread): void => port.postMessage(message);

let service: RdsDataService | undefined;
port.on('message', (message: ToThread) => {
  if (message.type === 'calls') {
    // The parent asks only once it is told the service started.
    void service?.calls().then((calls) => send({ type: 'calls', id: message.id, calls }));
    return;
  }
  const stopping = service?.stop() ?? Promise.resolve();
  stopping.then(
    () => {
      send({ type: 'stopped' });
      port.close();
    },
    (error: unknown) => send({ type: 'log', line: `rds-data: stop failed: ${String(error)}` }),
  );
});

startRdsData({ ...(workerData as ThreadOptions), log: (line) => send({ type: 'log', line }) }).then(
  (started) => {
    service = started;
    send({ type: 'started', endpoint: started.endpoint, engine: started.engine });
  },
  (error: unknown) => {
    send({ type: 'failed', error: describeError(error) });
    port.close();
  },
);

/** `error` and its causes as plain data: a message, and a code where the error has one. */
function describeError(error: unknown): ThreadError {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code } = error as NodeJS.ErrnoException;
  return {
    message: error.message,
    ...(code === undefined ? {} : { code }),
    ...(error.cause === undefined ? {} : { cause: describeError(error.cause) }),
  };
}
