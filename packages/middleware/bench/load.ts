import { type ChildProcess, fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** An autocannon run: `paths` are used in turn, one per request (e.g. one conversation each). */
export interface LoadOptions {
  url: string;
  paths: string[];
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  /** Seconds; or `amount` requests. */
  duration?: number;
  amount?: number;
}

/** What an autocannon run measured. */
export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
}

/** One request of a plain list. */
export interface PlainRequest {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/** Its answer, and when it arrived (`Date.now()`, comparable across processes). */
export interface RequestTiming {
  status: number;
  body: unknown;
  doneAt: number;
}

/** A mail the helpdesk stand-in accepted. */
export interface Mail {
  conversationId: string;
  receivedAt: number;
}

/** Messages to the load process (`id` pairs a reply with its command). */
export type LoadCommand = { id: number } & LoadCommandBody;

type LoadCommandBody =
  | { type: 'autocannon'; options: LoadOptions }
  | { type: 'requests'; requests: PlainRequest[]; concurrency: number }
  | { type: 'smtp-start' }
  | { type: 'smtp-take'; count: number; timeoutMs: number }
  | { type: 'exit' };

/** The load process's answer to command `id`. */
export type LoadReply = { id: number; result?: unknown; error?: string };

/** The client side of the benchmarks, running in its own process. */
export interface LoadProcess {
  autocannon(options: LoadOptions): Promise<LoadResult>;
  requests(requests: PlainRequest[], concurrency: number): Promise<RequestTiming[]>;
  /** Starts the SMTP server standing in for the helpdesk; returns its port. */
  startSmtp(): Promise<number>;
  /** Waits until `count` mails arrived (or the timeout) and hands over those not taken yet. */
  takeMails(count: number, timeoutMs?: number): Promise<Mail[]>;
  close(): Promise<void>;
}

/**
 * Forks `load-process.ts`: the load generator and the helpdesk's SMTP server must not share
 * the server's event loop, or every figure measures both sides at once.
 *
 * @example
 * const load = await startLoadProcess();
 * const result = await load.autocannon({ url, paths: ['/'], connections: 20, duration: 5 });
 */
export async function startLoadProcess(): Promise<LoadProcess> {
  const child: ChildProcess = fork(join(import.meta.dirname, 'load-process.ts'), { stdio: 'inherit' });
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 1;
  child.on('message', (reply: LoadReply) => {
    const waiter = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.error !== undefined) waiter?.reject(new Error(`load process: ${reply.error}`));
    else waiter?.resolve(reply.result);
  });
  child.on('exit', (code) => {
    for (const waiter of waiting.values()) waiter.reject(new Error(`load process exited (${code})`));
    waiting.clear();
  });
  const ask = <T>(command: LoadCommandBody): Promise<T> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      child.send({ ...command, id });
    });
  return {
    autocannon: (options) => ask({ type: 'autocannon', options }),
    requests: (requests, concurrency) => ask({ type: 'requests', requests, concurrency }),
    startSmtp: () => ask({ type: 'smtp-start' }),
    takeMails: (count, timeoutMs = 120_000) => ask({ type: 'smtp-take', count, timeoutMs }),
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      await ask({ type: 'exit' }).catch(() => {});
      await exited;
    },
  };
}

/**
 * Measures this process while `fn` runs: CPU (every thread, so PGlite's worker counts),
 * event-loop delay (p50/p99/max, ms) and, when given, a PostgreSQL server's CPU.
 *
 * @example
 * const { value, cpuMs, loopDelayMs } = await measureServer(() => load.autocannon(options));
 */
export async function measureServer<T>(
  fn: () => Promise<T>,
  postgresPort?: number,
): Promise<{ value: T; cpuMs: number; postgresCpuMs?: number; loopDelayMs: Record<string, number> }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  const pgBefore = postgresPort ? postgresCpuMs(postgresPort) : 0;
  const before = process.cpuUsage();
  histogram.enable();
  const value = await fn();
  histogram.disable();
  const used = process.cpuUsage(before);
  const ms = (ns: number) => Number((ns / 1e6).toFixed(1));
  return {
    value,
    cpuMs: (used.user + used.system) / 1000,
    ...(postgresPort && { postgresCpuMs: postgresCpuMs(postgresPort) - pgBefore }),
    loopDelayMs: {
      p50: ms(histogram.percentile(50)),
      p99: ms(histogram.percentile(99)),
      max: ms(histogram.max),
    },
  };
}

/**
 * CPU time (ms) of the PostgreSQL listening on `port` and its backends, from /proc: the
 * postmaster is the `postgres` process started with `-p <port>`, the rest are its children.
 */
function postgresCpuMs(port: number): number {
  const stats = new Map<number, { ppid: number; ticks: number; cmdline: string }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      stats.set(Number(entry), {
        ppid: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
        cmdline,
      });
    } catch {
      // the process ended meanwhile
    }
  }
  const postmaster = [...stats].find(
    ([, s]) => /postgres/.test(s.cmdline) && s.cmdline.includes(`-p\0${port}\0`),
  )?.[0];
  if (!postmaster) return 0;
  let ticks = 0;
  for (const [pid, s] of stats) if (pid === postmaster || s.ppid === postmaster) ticks += s.ticks;
  return ticks * 10;
}

/**
 * A free loopback port.
 *
 * @example
 * const port = await freePort();
 */
export function freePort(): Promise<number> {
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

/**
 * The value at quantile `q` (0..1) of unsorted samples, rounded to 0.1.
 *
 * @example
 * quantile([3, 1, 2], 0.5) // 2
 */
export function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Number((sorted[Math.floor(q * (sorted.length - 1))] ?? Number.NaN).toFixed(1));
}
