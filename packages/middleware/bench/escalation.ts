import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, KEY_A, startServer } from '../test/helpers/server.js';
import { startSmtpSink } from '../test/helpers/smtp.js';

/**
 * Escalations end to end: N conversations (one visitor message with an email each) end
 * through the HTTP API, 10 at a time, and the delivery worker emails them into a local SMTP
 * server. Prints escalations per second and the time from the `end` response to the SMTP
 * server accepting the message (p50/p99).
 */
export async function benchEscalation(
  count = Number(process.env.BENCH_ESCALATIONS ?? 200),
): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'sb-bench-esc-'));
  const sink = await startSmtpSink();
  const server = await startServer({
    database: join(dir, 'db'),
    mail: { transport: sink.url, from: '"Bench Support" <support-bot@bench.test>' },
    rateLimit: { sessionsPerMinute: 1_000_000, messagesPerMinute: 1_000_000 },
  });
  try {
    const botId = (await call<{ id: string }>(server, 'POST', '/bot/create', { name: 'Ava' })).body.id;
    await call(server, 'POST', '/integration/support/create', {
      botId,
      email: 'help@bench.test',
      trigger: 'always',
    });
    const endedAt = new Map<string, number>();
    const escalate = async (i: number) => {
      const { id } = (await call<{ id: string }>(server, 'POST', '/conversation/create', { botId })).body;
      await call(
        server,
        'POST',
        `/conversation/${id}/complete`,
        { text: `My order ${40000 + i} is late. visitor${i}@example.com` },
        KEY_A,
      );
      await call(server, 'POST', `/conversation/${id}/end`, {});
      endedAt.set(id, Date.now());
    };
    const start = Date.now();
    for (let i = 0; i < count; i += 10) {
      await Promise.all(Array.from({ length: Math.min(10, count - i) }, (_, j) => escalate(i + j)));
    }
    const received = await sink.waitFor(count, 120_000);
    const latencies = received
      .map((mail) => {
        const id = mail.parsed.headers.get('x-supportbridge-conversation') as string;
        return mail.receivedAt - (endedAt.get(id) ?? Number.NaN);
      })
      .sort((a, b) => a - b);
    const last = Math.max(...received.map((m) => m.receivedAt));
    const at = (q: number) => Math.round(latencies[Math.floor(q * (latencies.length - 1))] ?? Number.NaN);
    return {
      conversations: count,
      emails: received.length,
      distinctMessageIds: new Set(received.map((m) => m.messageId)).size,
      escalationsPerSecond: Number((count / ((last - start) / 1000)).toFixed(1)),
      endToSmtpMs: { p50: at(0.5), p99: at(0.99) },
    };
  } finally {
    await server.close();
    await sink.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify({ escalation: await benchEscalation() }, null, 2));
}
