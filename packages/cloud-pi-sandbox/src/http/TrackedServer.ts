import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * An HTTP server that knows its sockets, so `close()` finishes even while
 * requests are held open (the `timeout` fault) or kept alive by clients.
 */
export class TrackedServer {
  readonly server: http.Server;
  readonly #sockets = new Set<Socket>();

  constructor() {
    this.server = http.createServer();
    this.server.on('connection', socket => {
      this.#sockets.add(socket);
      socket.once('close', () => this.#sockets.delete(socket));
    });
  }

  /** Listens and resolves with the bound address. */
  listen(port: number, host: string): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      this.server.once('error', onError);
      this.server.listen(port, host, () => {
        this.server.off('error', onError);
        resolve(this.server.address() as AddressInfo);
      });
    });
  }

  /** Stops accepting connections and destroys the open ones. */
  close(): Promise<void> {
    return new Promise(resolve => {
      if (!this.server.listening) {
        resolve();
        return;
      }
      this.server.close(() => resolve());
      for (const socket of this.#sockets) socket.destroy();
      this.#sockets.clear();
    });
  }
}
