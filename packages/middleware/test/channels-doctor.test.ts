import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '../src/delivery/doctor.js';
import { type FakeWebhookReceiver, startFakeWebhookReceiver } from './helpers/fake-webhook.js';
import { type FakeZendesk, startFakeZendesk, ZENDESK_AGENT } from './helpers/fake-zendesk.js';
import { call, startServer, type TestServer } from './helpers/server.js';

let zendesk: FakeZendesk;
let receiver: FakeWebhookReceiver;
let server: TestServer;
const SECRET = 'whsec_0123456789abcdef';

beforeAll(async () => {
  zendesk = await startFakeZendesk();
  receiver = await startFakeWebhookReceiver(SECRET);
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  await zendesk.close();
  await receiver.close();
});

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** node's resolver interface answering from a table, as a DNS server with these records would. */
function resolverWith(txt: Record<string, string[]>, mx: Record<string, string[]>) {
  const missing = () => Object.assign(new Error('queryTxt ENOTFOUND'), { code: 'ENOTFOUND' });
  return {
    resolveTxt: async (name: string) => {
      if (!txt[name]) throw missing();
      return txt[name].map((r) => [r]);
    },
    resolveMx: async (name: string) => {
      if (!mx[name]) throw missing();
      return mx[name].map((exchange, i) => ({ exchange, priority: i * 10 }));
    },
  };
}

describe('the delivery doctor', () => {
  it('passes a working Zendesk channel after Zendesk accepted a marked test ticket', async () => {
    const report = await diagnose({
      id: 'sup_1',
      email: null,
      channel: { type: 'zendesk', url: zendesk.url, oauthToken: ZENDESK_AGENT.oauthToken },
    });
    expect(report.verdict).toBe('pass');
    expect(report.checks.map((c) => [c.name, c.verdict])).toEqual([
      ['connection', 'pass'],
      ['auth', 'pass'],
      ['accept', 'pass'],
    ]);
    expect(zendesk.tickets.at(-1)?.subject).toMatch(/^\[SupportBridge test\]/);
    expect(zendesk.tickets.at(-1)?.tags).toContain('supportbridge-test');
  });

  it('fails auth with a fix when Zendesk refuses the token', async () => {
    const report = await diagnose({
      id: 'sup_1',
      email: null,
      channel: { type: 'zendesk', url: zendesk.url, email: 'agent@acme.com', apiToken: 'wrong' },
    });
    expect(report.verdict).toBe('fail');
    const auth = report.checks.find((c) => c.name === 'auth');
    expect(auth).toMatchObject({
      verdict: 'fail',
      detail: "Zendesk answered 401: Couldn't authenticate you",
    });
    expect(auth?.fix).toContain('API token');
  });

  it('fails the connection with a fix when nothing answers', async () => {
    const port = await closedPort();
    const report = await diagnose({
      id: 'sup_1',
      email: null,
      channel: { type: 'freshdesk', url: `http://127.0.0.1:${port}`, apiKey: 'k' },
    });
    expect(report.checks).toEqual([
      expect.objectContaining({ name: 'connection', verdict: 'fail', fix: expect.stringContaining('URL') }),
    ]);
  });

  it('checks an email integration: inbox MX, sender SPF and DMARC through the given resolver', async () => {
    const resolver = resolverWith(
      { 'acme.com': ['v=spf1 include:_spf.example.net ~all'], '_dmarc.acme.com': ['v=DMARC1; p=none'] },
      { 'helpdesk.example': ['mx1.helpdesk.example'] },
    );
    const sent: unknown[] = [];
    const report = await diagnose(
      { id: 'sup_1', email: 'support@helpdesk.example', channel: null },
      { from: 'Acme <support-bot@acme.com>', resolver, sendMail: async (mail) => sent.push(mail) },
    );
    expect(report.verdict).toBe('pass');
    expect(report.checks.map((c) => c.name)).toEqual(['inbox', 'mx', 'spf', 'dmarc', 'send']);
    expect(sent).toHaveLength(1);
  });

  it('warns with the record to publish when the sender domain has no SPF or DMARC', async () => {
    const report = await diagnose(
      { id: 'sup_1', email: 'support@helpdesk.example', channel: null },
      { from: 'support-bot@acme.com', resolver: resolverWith({}, { 'helpdesk.example': ['mx'] }) },
    );
    expect(report.verdict).toBe('warn');
    expect(report.checks.find((c) => c.name === 'dmarc')?.fix).toContain('_dmarc.acme.com');
    expect(report.checks.find((c) => c.name === 'spf')?.fix).toContain('v=spf1');
  });

  it('answers POST /integration/support/{id}/test with the report for a webhook channel', async () => {
    const created = await call<{ id: string }>(server, 'POST', '/integration/support/create', {
      channel: { type: 'webhook', url: `${receiver.url}/hooks/supportbridge`, secret: SECRET },
    });
    const res = await call(server, 'POST', `/integration/support/${created.body.id}/test`, {});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: created.body.id, verdict: 'pass' });
    expect(receiver.events).toEqual([expect.objectContaining({ test: true, type: 'conversation.handover' })]);

    const missing = await call(server, 'POST', '/integration/support/sup_nope/test', {});
    expect(missing.status).toBe(404);
  });
});
