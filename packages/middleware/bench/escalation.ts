import { KEY_A, startServer } from '../test/helpers/server.js';
import { type BenchStore, benchStores } from './bench-stores.js';
import { createConversations, post } from './http.js';
import { type LoadProcess, type PlainRequest, quantile, startLoadProcess } from './load.js';

/**
 * Escalations end to end, on PGlite and on PostgreSQL: `count` conversations (one visitor
 * message with an email each, prepared beforehand) are ended through the HTTP API, 20 at a
 * time, and the delivery worker emails each into an SMTP server in another process (the
 * helpdesk). Escalations/s runs from the first `end` to the last email accepted; latency is
 * each `end`'s answer to its email being accepted, p50/p99, during that burst.
 */
const CONCURRENCY = 20;
const headers = { authorization: `Bearer ${KEY_A}`, 'content-type': 'application/json' };

export async function benchEscalation(
  count = Number(process.env.BENCH_ESCALATIONS ?? 500),
): Promise<Record<string, unknown>> {
  const load = await startLoadProcess();
  const smtpPort = await load.startSmtp();
  const results: Record<string, unknown> = { count, concurrency: CONCURRENCY };
  try {
    for (const open of benchStores()) {
      const store = await open();
      try {
        results[store.name] = await burst(load, store.database, smtpPort, count);
      } finally {
        await store.stop();
      }
    }
    return results;
  } finally {
    await load.close();
  }
}

async function burst(
  load: LoadProcess,
  database: BenchStore['database'],
  smtpPort: number,
  count: number,
): Promise<Record<string, unknown>> {
  const server = await startServer({
    database,
    mail: { transport: `smtp://127.0.0.1:${smtpPort}`, from: '"Bench Support" <support-bot@bench.test>' },
  });
  try {
    const call = (path: string, body: unknown): PlainRequest => ({
      url: `${server.api}${path}`,
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    const botId = ((await post(load, server, '/bot/create', { name: 'Ava' })).body as { id: string }).id;
    await post(load, server, '/integration/support/create', {
      botId,
      email: 'help@bench.test',
      trigger: 'always',
    });
    const ids = await createConversations(load, server, botId, count);
    const said = await load.requests(
      ids.map((id, i) =>
        call(`/conversation/${id}/complete`, {
          text: `My order ${40000 + i} is late. visitor${i}@example.com`,
        }),
      ),
      CONCURRENCY,
    );
    if (said.some((r) => r.status !== 200)) throw new Error('a visitor message was refused');

    const start = Date.now();
    const ended = await load.requests(
      ids.map((id) => call(`/conversation/${id}/end`, {})),
      CONCURRENCY,
    );
    const mails = await load.takeMails(count, 300_000);
    const endedAt = new Map(ids.map((id, i) => [id, ended[i]?.doneAt ?? Number.NaN]));
    const latencies = mails.map((m) => m.receivedAt - (endedAt.get(m.conversationId) ?? Number.NaN));
    const last = Math.max(...mails.map((m) => m.receivedAt));
    return {
      ends: ended.filter((r) => r.status === 200).length,
      emails: mails.length,
      distinctConversations: new Set(mails.map((m) => m.conversationId)).size,
      escalationsPerSecond: Number((mails.length / ((last - start) / 1000)).toFixed(1)),
      endToSmtpAcceptedMs: { p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) },
    };
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify({ escalation: await benchEscalation() }, null, 2));
}
