import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Database, Queryable } from './database.js';
import { PGLITE_WORKER_SOURCE } from './pglite-worker.js';

/** What the main thread asks the PGlite thread: one statement, or to close. */
export type PGliteRequest = PGliteRequestBody & { id: number };

type PGliteRequestBody = { close?: false; sql: string; params?: readonly unknown[] } | { close: true };

/** The PGlite thread's answer to request `id` (id 0 answers "opened"). */
export type PGliteReply =
  | { id: number; rows: unknown[]; error?: undefined }
  | { id: number; error: SerializedError };

/** An error as it crosses threads: its message and its plain fields (`code`, `detail`…). */
export type SerializedError = { message: string; name?: string } & Record<string, unknown>;

/** What the PGlite thread is started with: its data directory (none: in memory) and PGlite's entry. */
export interface PGliteWorkerData {
  dataDir: string | undefined;
  pglite: string;
}

/**
 * Opens PGlite in a worker thread of its own and returns the store's `Database` interface
 * over it. PGlite executes Postgres as WASM on the thread that calls it, which on the main
 * thread stalls every request for as long as a statement runs; here the main thread only
 * posts messages. Transactions are serialised on this side: while one is open, statements
 * from outside it wait for its commit, exactly as on PGlite's own single connection.
 * `dataDir` undefined means an in-memory database.
 *
 * @example
 * const db = await openPGliteThread('./.supportbridge/db');
 * await db.transaction(async (tx) => tx.query('SELECT 1'));
 */
export async function openPGliteThread(dataDir: string | undefined): Promise<Database> {
  const worker = new Worker(PGLITE_WORKER_SOURCE, {
    eval: true,
    // The thread needs none of this process's options (tsx's loader, conditions): it loads
    // PGlite's CommonJS build and nothing else.
    execArgv: [],
    workerData: {
      dataDir,
      pglite: createRequire(import.meta.url).resolve('@electric-sql/pglite'),
    } satisfies PGliteWorkerData,
  });
  const pending = new Map<number, { resolve(rows: unknown[]): void; reject(error: Error): void }>();
  let nextId = 1;
  let failure: Error | undefined;
  let closing: Promise<void> | undefined;

  // An idle PGlite thread must not keep the process alive (as an idle PGlite on the main
  // thread would not); one with statements in flight must, or their callers would hang.
  const settle = (id: number) => {
    pending.delete(id);
    if (pending.size === 0) worker.unref();
  };
  const failAll = (error: Error) => {
    failure ??= error;
    for (const [id, waiter] of pending) {
      settle(id);
      waiter.reject(error);
    }
  };
  worker.on('message', (reply: PGliteReply) => {
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    settle(reply.id);
    if (reply.error) waiter.reject(deserialize(reply.error));
    else waiter.resolve(reply.rows);
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => failAll(new Error(`The PGlite thread stopped (exit code ${code})`)));

  const answerTo = (id: number): Promise<unknown[]> => {
    if (failure) return Promise.reject(failure);
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.ref();
    });
  };
  const post = (request: PGliteRequestBody): Promise<unknown[]> => {
    const id = nextId++;
    const answer = answerTo(id);
    if (!failure) worker.postMessage({ ...request, id });
    return answer;
  };

  try {
    // The thread answers id 0 once PGlite is open (initdb on a new directory, WAL replay
    // after a crash), or with the reason it could not open.
    await answerTo(0);
  } catch (error) {
    await worker.terminate();
    throw error;
  }

  const statement = async <T>(sql: string, params?: readonly unknown[]) => ({
    rows: (await post({ sql, params })) as T[],
  });
  // A transaction already open when `close()` is called still finishes (close waits for it).
  const tx: Queryable = { query: statement };
  const send = <T>(sql: string, params?: readonly unknown[]) =>
    closing ? Promise.reject(new Error('The store is closed')) : statement<T>(sql, params);

  // Transactions run one at a time, in call order. `waiting` counts the open one and the
  // queued ones: when it is zero a statement goes straight to the thread (which answers in
  // order), otherwise it queues behind them.
  let tail: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    waiting++;
    const run = tail.then(fn);
    tail = run.then(
      () => waiting--,
      () => waiting--,
    );
    return run;
  };

  return {
    kind: 'pglite',
    query: (sql, params) => (waiting === 0 ? send(sql, params) : exclusive(() => send(sql, params))),
    transaction: (fn) =>
      exclusive(async () => {
        await send('BEGIN');
        let result: Awaited<ReturnType<typeof fn>>;
        try {
          result = await fn(tx);
        } catch (error) {
          await statement('ROLLBACK').catch(() => {});
          throw error;
        }
        await statement('COMMIT');
        return result;
      }),
    close: () => {
      closing ??= (async () => {
        await tail.catch(() => {});
        if (!failure) await post({ close: true }).catch(() => {});
        await worker.terminate();
      })();
      return closing;
    },
  };
}

function deserialize(fields: SerializedError): Error {
  const { message, name, ...rest } = fields;
  const error = Object.assign(new Error(message), rest);
  if (name) error.name = name;
  return error;
}
