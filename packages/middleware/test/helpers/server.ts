import express from 'express';
import { type SupportMiddleware, type SupportMiddlewareOptions, supportMiddleware } from '../../src/index.js';
import { listenOnLoopback } from './listen.js';

/** A listening Express app with the middleware mounted at `/api/v1`. */
export interface TestServer {
  /** The origin, e.g. `http://127.0.0.1:40123` — what the SDK takes as `baseUrl`. */
  url: string;
  /** `url` + `/api/v1`. */
  api: string;
  middleware: SupportMiddleware;
  close(): Promise<void>;
}

/**
 * Starts the middleware on a real loopback port, with an in-memory PGlite unless a
 * `database` is given, two accounts (`KEY_A`, `KEY_B`) and no log output.
 *
 * @example
 * const server = await startServer();
 * const client = new SupportIntegrationClient({ baseUrl: server.url, secret: KEY_A });
 */
export async function startServer(options: SupportMiddlewareOptions = {}): Promise<TestServer> {
  const middleware = supportMiddleware({
    database: 'memory://',
    apiKeys: { [KEY_A]: 'acct_a', [KEY_B]: 'acct_b' },
    logger: false,
    ...options,
  });
  await middleware.ready;
  const listening = await listenOnLoopback(express().use('/api/v1', middleware));
  return {
    url: listening.origin,
    api: `${listening.origin}/api/v1`,
    middleware,
    async close() {
      await listening.close();
      await middleware.close();
    },
  };
}

/** API key of account `acct_a`. */
export const KEY_A = 'sk_test_account_a_0123456789';
/** API key of account `acct_b`. */
export const KEY_B = 'sk_test_account_b_9876543210';

/**
 * A JSON request against the server, returning status and parsed body.
 *
 * @example
 * const { status, body } = await call(server, 'POST', '/bot/create', { name: 'Ava' });
 */
export async function call<T = Record<string, unknown>>(
  server: TestServer,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  key: string | null = KEY_A,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await fetch(`${server.api}${path}`, {
    method,
    headers: {
      ...(key && { authorization: `Bearer ${key}` }),
      ...(body !== undefined && { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // left as text: the test will say what it expected
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}
