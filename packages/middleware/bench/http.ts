import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { call, KEY_A, startServer } from '../test/helpers/server.js';

/**
 * HTTP throughput on the embedded store: support-integration creates per second (each one a
 * committed insert) and page-1 lists per second, 20 connections for 5 s each; then the
 * intake bot's replies per second and its time to first streamed token through the API.
 */
export async function benchHttp(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'sb-bench-http-'));
  const server = await startServer({
    database: join(dir, 'db'),
    rateLimit: { sessionsPerMinute: 1_000_000, messagesPerMinute: 1_000_000 },
  });
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
    return {
      engine: 'pglite',
      create: figures(create),
      listPage1: figures(list),
      intake: await benchIntakeReplies(server.api),
    };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Intake replies/s over 200 conversations, and time to the first jsonl token line. */
async function benchIntakeReplies(api: string): Promise<Record<string, unknown>> {
  const headers = { authorization: `Bearer ${KEY_A}`, 'content-type': 'application/json' };
  const post = async <T>(path: string, body: unknown) =>
    (await (
      await fetch(`${api}${path}`, { method: 'POST', headers, body: JSON.stringify(body) })
    ).json()) as T;
  const { id: botId } = await post<{ id: string }>('/bot/create', {
    name: 'Ava',
    knowledge: [
      {
        question: 'How long does shipping take?',
        answer: 'Orders ship the same day and arrive in 1–2 days.',
      },
      { question: 'What is your return policy?', answer: 'Unopened items can be returned within 30 days.' },
    ],
  });
  const ids: string[] = [];
  for (let i = 0; i < 200; i++) ids.push((await post<{ id: string }>('/conversation/create', { botId })).id);
  let next = 0;
  const replies = await autocannon({
    url: api,
    connections: 10,
    amount: 1000,
    requests: [
      {
        method: 'POST',
        headers,
        setupRequest: (request) => ({
          ...request,
          path: `/api/v1/conversation/${ids[next++ % ids.length]}/complete`,
          body: JSON.stringify({ text: 'How long does shipping take to Berlin?' }),
        }),
      },
    ],
  });
  const firstToken: number[] = [];
  for (let i = 0; i < 50; i++) {
    const id = ids[i] as string;
    const start = performance.now();
    const res = await fetch(`${api}/conversation/${id}/complete`, {
      method: 'POST',
      headers: { ...headers, accept: 'application/jsonl' },
      body: JSON.stringify({ text: 'What is your return policy?' }),
    });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    firstToken.push(performance.now() - start);
    while (!(await reader.read()).done) {}
  }
  firstToken.sort((a, b) => a - b);
  const at = (q: number) => Number((firstToken[Math.floor(q * (firstToken.length - 1))] ?? 0).toFixed(1));
  return {
    repliesPerSecond: Math.round(replies.requests.average),
    replyLatencyP50Ms: replies.latency.p50,
    non2xx: replies.non2xx,
    timeToFirstTokenMs: { p50: at(0.5), p99: at(0.99) },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify({ http: await benchHttp() }, null, 2));
}
