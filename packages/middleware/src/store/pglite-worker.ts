/**
 * The program of the thread that owns one PGlite instance (started by `openPGliteThread`),
 * as plain CommonJS source for `new Worker(source, { eval: true })`. PGlite runs Postgres
 * compiled to WASM synchronously on whatever thread calls it; here that is this thread, so
 * the server's event loop never stalls on a query. Requests (`PGliteRequest`) are answered
 * one at a time, in the order they arrive, with a `PGliteReply`: the caller serialises
 * transactions, this thread only keeps the order. Id 0 answers "opened" (or why not).
 *
 * It is source text rather than a module file so that it starts the same way from `src/`
 * (tsx, Vitest) and from `dist/`, without a TypeScript loader in the thread: Node 20 cannot
 * give a worker's entry to tsx, and loading tsx there cost 0.3–0.5 s of CPU at every start.
 * `workerData` carries `dataDir` (undefined: in memory) and `pglite`, the resolved path of
 * `@electric-sql/pglite`'s CommonJS entry.
 *
 * @example
 * new Worker(PGLITE_WORKER_SOURCE, { eval: true, workerData: { dataDir, pglite } });
 */
export const PGLITE_WORKER_SOURCE = `
'use strict';
const { mkdirSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require(workerData.pglite);

const opened = (async () => {
  if (workerData.dataDir !== undefined) mkdirSync(workerData.dataDir, { recursive: true });
  return PGlite.create(workerData.dataDir);
})();
opened.then(
  () => parentPort.postMessage({ id: 0, rows: [] }),
  (error) => parentPort.postMessage({ id: 0, error: serialize(error) }),
);

let queue = opened.catch(() => {});
parentPort.on('message', (request) => {
  queue = queue.then(() => answer(request));
});

async function answer(request) {
  try {
    const lite = await opened;
    if (request.close) {
      if (!lite.closed) await lite.close();
      parentPort.postMessage({ id: request.id, rows: [] });
      parentPort.close();
      return;
    }
    const { rows } = await lite.query(request.sql, request.params);
    parentPort.postMessage({ id: request.id, rows });
  } catch (error) {
    parentPort.postMessage({ id: request.id, error: serialize(error) });
  }
}

// PostgreSQL's error fields (code, detail, constraint…) survive the trip; the class does not.
function serialize(error) {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields = { message: error.message, name: error.name };
  for (const [key, value] of Object.entries(error)) {
    if (value === undefined || typeof value === 'function' || (typeof value === 'object' && value !== null)) continue;
    fields[key] = value;
  }
  return fields;
}
`;
