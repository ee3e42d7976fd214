import type { Bot, Contact } from '@supportbridge/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Engine, EngineTurn } from '../src/engines/engine.js';
import { type EngineUpstreamError, FALLBACK_REPLY } from '../src/engines/engine-error.js';
import { createOpenAIEngine, type OpenAIEngineOptions } from '../src/engines/openai-engine.js';
import { runEngine } from './helpers/engine-run.js';
import { type FakeOpenAIServer, startFakeOpenAIServer } from './helpers/fake-openai-server.js';

const bot: Bot = {
  id: 'bot_test',
  name: 'Ava',
  model: 'openai/gpt-4o-mini',
  backstory: 'You are Ava, the support assistant of Acme Outdoor.',
  knowledge: [
    {
      question: 'What is your refund policy?',
      answer: 'You can return any item within 30 days for a full refund.',
    },
    { question: 'Do you ship abroad?', answer: 'We ship to the EU, the UK and Switzerland.' },
  ],
  idleMinutes: 15,
  createdAt: 0,
  updatedAt: 0,
};
const transcript: EngineTurn[] = [
  { type: 'bot', text: 'Hi! How can I help?', createdAt: 1 },
  { type: 'user', text: 'Can I get a refund for order 48213?', createdAt: 2 },
];

let fake: FakeOpenAIServer;
beforeAll(async () => {
  fake = await startFakeOpenAIServer();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

function engine(overrides: Partial<OpenAIEngineOptions> = {}): Engine {
  return createOpenAIEngine({
    model: 'gpt-4o-mini',
    baseURL: fake.baseURL,
    apiKey: 'sk-test',
    retryDelayMs: 5,
    ...overrides,
  });
}

function run(e: Engine, contact: Contact = {}, signal?: AbortSignal) {
  return runEngine(e, { bot, messages: transcript, contact, signal });
}

describe('openai engine', () => {
  it('streams the tokens of the reply as they arrive', async () => {
    fake.enqueue({ kind: 'text', tokens: ['Yes', ', within', ' 30 days', '.'] });
    const r = await run(engine());
    expect(r.tokens).toEqual(['Yes', ', within', ' 30 days', '.']);
    expect(r.escalations).toEqual([]);
  });

  it('sends the backstory, the contact instruction, known details and relevant knowledge', async () => {
    fake.enqueue({ kind: 'text', tokens: ['Sure.'] });
    await run(engine(), { name: 'Maria Garcia' });
    const request = fake.requests[0];
    expect(request?.authorization).toBe('Bearer sk-test');
    expect(request?.body).toMatchObject({ model: 'gpt-4o-mini', stream: true });
    const [system, ...history] = request?.body.messages ?? [];
    expect(system?.role).toBe('system');
    expect(system?.content).toContain('Acme Outdoor');
    expect(system?.content).toMatch(/collect their name and email/);
    expect(system?.content).toContain('name "Maria Garcia"');
    expect(system?.content).toMatch(/Still missing: email/);
    expect(system?.content).toContain('within 30 days');
    expect(history.map((m) => m.role)).toEqual(['assistant', 'user']);
    expect(request?.body.tools?.[0]?.function.name).toBe('request_human');
  });

  it('escalates when the model calls request_human, assembling the arguments from pieces', async () => {
    fake.enqueue({ kind: 'tool', argumentPieces: ['{"rea', 'son": "Wants a refund', ' over the limit"}'] });
    const r = await run(engine(), {});
    expect(r.escalations).toEqual(['Wants a refund over the limit']);
    expect(r.text).toMatch(/handing this over/);
    expect(r.text).toMatch(/email/);
  });

  it('keeps the text the model wrote before handing over', async () => {
    fake.enqueue({
      kind: 'tool',
      tokens: ['Let me get ', 'a colleague.'],
      argumentPieces: ['{"reason":"asked"}'],
    });
    const r = await run(engine(), { email: 'maria@example.com' });
    expect(r.text).toBe('Let me get a colleague.');
    expect(r.escalations).toEqual(['asked']);
  });

  it('retries after a 429 and answers from the second attempt', async () => {
    fake.enqueue(
      { kind: 'status', status: 429, retryAfter: '0' },
      { kind: 'text', tokens: ['Hello', ' again.'] },
    );
    const r = await run(engine());
    expect(fake.requests).toHaveLength(2);
    expect(r.text).toBe('Hello again.');
    expect(r.escalations).toEqual([]);
  });

  it('falls back and escalates when the endpoint keeps failing with 500', async () => {
    fake.enqueue(...Array.from({ length: 3 }, () => ({ kind: 'status' as const, status: 500 })));
    const errors: EngineUpstreamError[] = [];
    const r = await run(engine({ maxRetries: 2, onError: (e) => errors.push(e) }));
    expect(fake.requests).toHaveLength(3);
    expect(r.text).toBe(FALLBACK_REPLY);
    expect(r.tokens.length).toBeGreaterThan(3);
    expect(r.escalations).toHaveLength(1);
    expect(r.escalations[0]).toMatch(/HTTP 500/);
    expect(errors.map((e) => e.status)).toEqual([500, 500, 500]);
  });

  it('does not retry a request the endpoint refuses (401)', async () => {
    fake.enqueue({ kind: 'status', status: 401 });
    const r = await run(engine());
    expect(fake.requests).toHaveLength(1);
    expect(r.text).toBe(FALLBACK_REPLY);
    expect(r.escalations[0]).toMatch(/Incorrect API key/);
  });

  it('keeps the tokens received when the connection drops mid-stream and ends gracefully', async () => {
    fake.enqueue({ kind: 'disconnect', tokens: ['You can ', 'return items ', 'within'] });
    const r = await run(engine());
    expect(fake.requests).toHaveLength(1);
    expect(r.text.startsWith('You can return items within')).toBe(true);
    expect(r.text).not.toContain(FALLBACK_REPLY);
    expect(r.escalations).toEqual([]);
  });

  it('retries a connection that drops before the first token', async () => {
    fake.enqueue({ kind: 'disconnect', tokens: [] }, { kind: 'text', tokens: ['Fine.'] });
    const r = await run(engine());
    expect(fake.requests).toHaveLength(2);
    expect(r.text).toBe('Fine.');
  });

  it('falls back when the endpoint does not answer in time', async () => {
    fake.enqueue({ kind: 'hang' });
    const r = await run(engine({ timeoutMs: 200 }));
    expect(r.text).toBe(FALLBACK_REPLY);
    expect(r.escalations[0]).toMatch(/timed out/);
  });

  it('falls back when nothing listens at the base URL', async () => {
    const r = await run(engine({ baseURL: 'http://127.0.0.1:9/v1', maxRetries: 1 }));
    expect(r.text).toBe(FALLBACK_REPLY);
    expect(r.escalations[0]).toMatch(/Network error/);
  });

  it('stops without a word when the visitor has gone away', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await run(engine(), {}, controller.signal);
    expect(r.events).toEqual([]);
  });
});
