import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { call, KEY_A, startServer } from '../test/helpers/server.js';

/**
 * HTTP throughput of the integration API on the embedded store: creates per second
 * (each one a committed insert) and page-1 lists per second, 20 connections for 5 s each.
 */
export async function benchHttp(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'sb-bench-http-'));
  const server = await startServer({ database: join(dir, 'db') });
  try {
    await call(server, 'POST', '/integration/support/create', { email: 'warm@acme.com' });
    const headers = { authorization: `Bearer ${KEY_A}`, 'content-type': 'application/json' };
    const create = await autocannon({
      url: `${server.api}/integration/support/create`,
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Bench', email: 'bench@acme.com', meta: { team: 'eu' } }),
      connections: 20,
      duration: 5,
    });
    const list = await autocannon({
      url: `${server.api}/integration/support/list?take=20`,
      headers,
      connections: 20,
      duration: 5,
    });
    const figures = (r: autocannon.Result) => ({
      requestsPerSecond: Math.round(r.requests.average),
      latencyP50Ms: r.latency.p50,
      latencyP99Ms: r.latency.p99,
      non2xx: r.non2xx,
      errors: r.errors,
    });
    return { engine: 'pglite', create: figures(create), listPage1: figures(list) };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify({ http: await benchHttp() }, null, 2));
}
