import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, KEY_A, startServer } from '../test/helpers/server.js';
import { startSmtpSink } from '../test/helpers/smtp.js';

/**
 * Escalations end to end: conversations (one visitor message with an email each) end
 * through the HTTP API and the delivery worker emails them into a local SMTP server.
 * Throughput: `count` conversations, 10 at a time, until the last email is accepted.
 * Latency: 50 conversations one after another (an unsaturated server), from the `end`
 * response to the SMTP server accepting the email, p50/p99.
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
    const burst = await sink.waitFor(count, 300_000);
    const last = Math.max(...burst.map((m) => m.receivedAt));

    const latencies: number[] = [];
    for (let i = 0; i < 50; i++) {
      await escalate(count + i);
      const [mail] = (await sink.waitFor(count + i + 1, 60_000)).slice(-1);
      const id = mail?.parsed.headers.get('x-supportbridge-conversation') as string;
      latencies.push((mail?.receivedAt ?? Number.NaN) - (endedAt.get(id) ?? Number.NaN));
    }
    latencies.sort((a, b) => a - b);
    const at = (q: number) => Math.round(latencies[Math.floor(q * (latencies.length - 1))] ?? Number.NaN);
    const all = sink.messages;
    return {
      conversations: count + 50,
      emails: all.length,
      distinctMessageIds: new Set(all.map((m) => m.messageId)).size,
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
