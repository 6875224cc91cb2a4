import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { createServer } from 'node:net';
import type { Server, Socket } from 'node:net';

/** One port that answers both plain HTTP and HTTPS. */
export interface DualProtocolServer {
  /** What listens: hand it to `listen`. */
  readonly server: Server;
  /**
   * Stops listening and drops every connection left, idle or not (the twin stops the services behind
   * its front first, so what is left is idle keep-alive sockets and clients that never spoke).
   */
  close(): Promise<void>;
}

/** The first byte of a TLS connection: the record type of its ClientHello, handshake (RFC 8446 §5.1). */
const TLS_HANDSHAKE = 0x16;

/**
 * A listener that passes each connection to `secure` when its first byte opens a TLS handshake, and to
 * `plain` otherwise (an HTTP request line starts with a letter). Neither inner server listens itself;
 * both see their usual `request` and `upgrade` events, with `request.socket.encrypted` set over TLS.
 */
export function dualProtocolServer(plain: HttpServer, secure: HttpsServer): DualProtocolServer {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    // Whoever takes the socket handles its errors; a reset before that must not end the process.
    socket.on('error', () => undefined);
    socket.once('data', (chunk: Buffer) => {
      socket.pause();
      socket.unshift(chunk);
      (chunk[0] === TLS_HANDSHAKE ? secure : plain).emit('connection', socket);
      // Resumed once the taker has set up its reading (the TLS server wraps the socket as it takes it).
      process.nextTick(() => socket.resume());
    });
  });
  return {
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) {
          resolve();
          return;
        }
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      }),
  };
}
