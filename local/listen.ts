import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo, Server as NetServer } from 'node:net';

/**
 * Starts `server` (an HTTP server, or any TCP server that serves HTTP) on 127.0.0.1:`port` (0: a free
 * port) and resolves to its `http://` endpoint URL. A port in use fails at once with a message naming
 * the service and the port, never a hang.
 */
export async function listen(server: NetServer, port: number, service: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      server.off('listening', onListening);
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} for ${service} is already in use: stop what uses it, or pick another base port`,
              {
                cause: error,
              },
            )
          : error,
      );
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Closes `server`, dropping idle keep-alive connections so that it does not wait for clients to leave. */
export async function close(server: Server): Promise<void> {
  if (!server.listening) return;
  await new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections();
  });
}

/**
 * Fails, naming the service, when `port` is taken. For servers a library starts itself, which would
 * otherwise crash on the unhandled error; a port freed in between is of no harm.
 */
export async function ensurePortFree(port: number, service: string): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await listen(probe, port, service);
  await close(probe);
}
