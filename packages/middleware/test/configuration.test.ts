import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDeliveryWorker, supportMiddleware } from '../src/index.js';
import { type FakeOpenAIServer, startFakeOpenAIServer } from './helpers/fake-openai-server.js';
import { call, startServer, type TestServer } from './helpers/server.js';
import { type SmtpSink, startSmtpSink } from './helpers/smtp.js';

const from = '"Acme Support" <support-bot@acme.test>';

/** Creates a bot with an integration, then a visitor chat that ends: one delivery queued. */
async function escalate(server: TestServer, model?: string): Promise<string> {
  const botId = (await call<{ id: string }>(server, 'POST', '/bot/create', { name: 'Ava', model })).body.id;
  await call(server, 'POST', '/integration/support/create', { botId, email: 'help@acme.test' });
  const { conversationId, token } = (
    await call<{ conversationId: string; token: string }>(
      server,
      'POST',
      '/widget/session/create',
      { botId },
      null,
    )
  ).body;
  const reply = await call(
    server,
    'POST',
    `/conversation/${conversationId}/complete`,
    { text: 'My order 4471 is late, mia@example.org' },
    token,
  );
  await call(server, 'POST', `/conversation/${conversationId}/end`, {}, token);
  return String(reply.body);
}

/** A logger that keeps every line with its details, about as `console` would print them. */
function recordingLogger() {
  const lines: string[] = [];
  const keep = (message: string, ...details: unknown[]) =>
    lines.push([message, ...details].map(String).join(' '));
  return { lines, logger: { info: keep, warn: keep, error: keep } };
}

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('supportMiddleware() start-up checks', () => {
  it('refuses an API key shorter than 8 characters with the intended message, never echoing the key', () => {
    let message = '';
    try {
      supportMiddleware({ apiKeys: { sk_abc: 'acme' }, logger: false });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/apiKeys: API keys must be at least 8 characters/);
    expect(message).not.toMatch(/Invalid key in record/);
    expect(message).not.toContain('sk_abc');
  });

  it('names the closest worker setting when one is misspelt', () => {
    expect(() =>
      supportMiddleware({
        mail: { transport: 'smtp://127.0.0.1:1', from },
        worker: { pollIntervalMS: 50 },
      } as never),
    ).toThrow(/did you mean "worker\.pollIntervalMs" instead of "worker\.pollIntervalMS"/);
  });

  it('rejects a worker setting out of range, naming it', () => {
    expect(() =>
      supportMiddleware({ mail: { transport: 'smtp://127.0.0.1:1', from }, worker: { concurrency: 0 } }),
    ).toThrow(/worker\.concurrency: must be a positive whole number/);
    expect(() =>
      supportMiddleware({ mail: { transport: 'smtp://127.0.0.1:1', from }, worker: 'yes' as never }),
    ).toThrow(/worker: expected true, false or worker settings/);
  });

  it('rejects a logger without info, warn and error', () => {
    expect(() => supportMiddleware({ logger: { log() {} } as never })).toThrow(
      /"logger" should have info\(\), warn\(\) and error\(\) methods.*it lacks info\(\), warn\(\), error\(\)/,
    );
  });

  it('gives createDeliveryWorker() the same checks and did-you-mean', () => {
    expect(() => createDeliveryWorker({ db: {}, transport: {}, from, concurency: 2 } as never)).toThrow(
      /createDeliveryWorker\(\) options.*did you mean "concurrency"/,
    );
    expect(() => createDeliveryWorker({ db: {}, transport: {}, from, leaseMs: -1 } as never)).toThrow(
      /leaseMs: must be a positive number of milliseconds/,
    );
  });

  it('explains the mistake when the factory itself is handed to Express', () => {
    const request = { method: 'GET', headers: {}, socket: {} };
    expect(() => supportMiddleware(request as never)).toThrow(
      /call it instead: app\.use\(path, supportMiddleware\(\)\)/,
    );
  });
});

describe('worker settings given to supportMiddleware()', () => {
  let sink: SmtpSink;
  let server: TestServer | undefined;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  afterAll(() => sink.stop());

  it('reach the delivery worker: two quick tries of a deferred email, then it gives up', async () => {
    const tries: number[] = [];
    sink.answer = () => {
      tries.push(Date.now());
      return { code: 451, message: '4.3.0 Try again later' };
    };
    server = await startServer({
      mail: { transport: sink.url, from },
      worker: { maxAttempts: 2, baseBackoffMs: 20, pollIntervalMs: 20 },
    });
    await escalate(server);
    await until(() => tries.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 400));
    // The defaults (30 tries, 2 s apart at first) would not have stopped here.
    expect(tries).toHaveLength(2);
    expect(sink.messages).toHaveLength(0);
  });

  it('run no worker at all with worker: false', async () => {
    const tries: number[] = [];
    sink.answer = () => {
      tries.push(Date.now());
      return 'accept';
    };
    server = await startServer({ mail: { transport: sink.url, from }, worker: false });
    await escalate(server);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(tries).toHaveLength(0);
  });
});

describe('one logger', () => {
  let server: TestServer | undefined;
  afterAll(() => server?.close());

  it('carries the worker’s lines too, each with the one "supportbridge: " prefix', async () => {
    const { lines, logger } = recordingLogger();
    // Nothing listens on port 1: the worker reports the mail server unreachable.
    server = await startServer({
      mail: { transport: 'smtp://127.0.0.1:1', from },
      worker: { pollIntervalMs: 20 },
      logger,
    });
    await escalate(server);
    await until(() => lines.some((line) => line.includes('unreachable')));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^supportbridge: (?!supportbridge)\S/);
  });
});

describe('the environment', () => {
  let openai: FakeOpenAIServer;
  let server: TestServer | undefined;
  beforeAll(async () => {
    openai = await startFakeOpenAIServer();
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await server?.close();
    await openai.close();
  });

  it('is never read: OPENAI_* and CHATBOTKIT_* set in it change nothing', async () => {
    vi.stubEnv('OPENAI_API_KEY', 'sk-from-the-environment');
    vi.stubEnv('OPENAI_BASE_URL', openai.baseURL);
    vi.stubEnv('CHATBOTKIT_SECRET', 'cbk-from-the-environment');
    const { lines, logger } = recordingLogger();
    server = await startServer({ logger });
    const reply = await escalate(server, 'openai/gpt-4o-mini');
    expect(openai.requests).toHaveLength(0);
    expect(reply).not.toContain('OK.');
    expect(lines.some((line) => /needs an OpenAI API key: pass openai: \{ apiKey \}/.test(line))).toBe(true);
  });
});
