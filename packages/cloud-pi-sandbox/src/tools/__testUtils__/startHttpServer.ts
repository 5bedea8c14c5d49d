import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A server listening on an ephemeral port, whose URL is known before mounting. */
export interface TestHttpServer {
  url: string;
  app: express.Express;
  close(): Promise<void>;
}

/**
 * Starts an HTTP server on port 0 first, so the fakes can be built with the
 * real public URL, then serves an Express app the caller mounts routers on.
 */
export async function startHttpServer(): Promise<TestHttpServer> {
  const app = express();
  const server = http.createServer(app);
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close(error => (error ? reject(error) : resolve()));
      }),
  };
}
