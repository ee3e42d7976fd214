import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

/** An app listening on a free loopback port. */
export interface Listening {
  server: Server;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Drops open (keep-alive, streaming) connections, then stops listening. */
  close(): Promise<void>;
}

/**
 * Listens on `127.0.0.1` on a port the system picks, for servers that tests start.
 *
 * @example
 * const { origin, close } = await listenOnLoopback(app);
 */
export async function listenOnLoopback(app: Express): Promise<Listening> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
