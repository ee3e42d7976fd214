import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Demo, startDemo } from '../src/app.js';
import { readConfig } from '../src/config.js';

// The demo as `pnpm start` runs it, on free ports and a temporary data directory.
let dataDir: string;
let demo: Demo;
let inboxPassword: string;

async function start(): Promise<Demo> {
  const config = readConfig({}, { port: 0, smtpPort: 0, dataDir });
  inboxPassword = config.inboxPassword;
  return startDemo(config);
}

async function api<T>(path: string, body?: unknown, token?: string): Promise<T> {
  const res = await fetch(`${demo.url}/api/v1${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      'content-type': 'application/json',
      origin: demo.url,
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await res.json()) as T;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sb-demo-'));
  demo = await start();
}, 60_000);
afterAll(async () => {
  await demo.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the demo', () => {
  it('serves the shop page with the widget pointed at the demo bot', async () => {
    const html = await (await fetch(demo.url)).text();
    expect(html).toContain(`data-bot="${demo.botId}"`);
    expect(html).toContain('src="/support/widget.js"');
    expect(html).not.toContain('__DEMO_BOT_ID__');
  });

  it('answers shop questions from its knowledge list', async () => {
    const session = await api<{ conversationId: string; token: string }>('/widget/session/create', {
      botId: demo.botId,
    });
    const reply = await api<{ text: string }>(
      `/conversation/${session.conversationId}/complete`,
      { text: 'How much does shipping cost?' },
      session.token,
    );
    expect(reply.text).toMatch(/4\.90|free on orders/);
  });

  it('delivers a finished chat to the local inbox, with Reply-To the customer', async () => {
    const session = await api<{ conversationId: string; token: string }>('/widget/session/create', {
      botId: demo.botId,
    });
    const id = session.conversationId;
    await api(
      `/conversation/${id}/complete`,
      { text: 'My order 48213 arrived with a torn bag.' },
      session.token,
    );
    await api(
      `/conversation/${id}/complete`,
      { text: "I'm Maria Garcia, maria.garcia@example.com" },
      session.token,
    );
    await api(`/conversation/${id}/end`, {}, session.token);
    await expect.poll(async () => (await demo.inbox?.list())?.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const [mail] = (await demo.inbox?.list()) ?? [];
    expect(mail?.replyTo).toBe('"Maria Garcia" <maria.garcia@example.com>');
    expect(mail?.subject).toMatch(/Maria Garcia/);
    const authorization = `Basic ${Buffer.from(`inbox:${inboxPassword}`).toString('base64')}`;
    const page = await (await fetch(`${demo.url}/inbox`, { headers: { authorization } })).text();
    expect(page).toContain('Maria Garcia');
  });

  it('keeps its bot, key and inbox across a restart', async () => {
    const { botId, apiKey } = demo;
    const before = (await demo.inbox?.list())?.length;
    await demo.close();
    demo = await start();
    expect(demo.botId).toBe(botId);
    expect(demo.apiKey).toBe(apiKey);
    expect((await demo.inbox?.list())?.length).toBe(before);
  });
});
