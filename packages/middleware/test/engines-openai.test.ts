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

  it('records the tool call and answers it with a tool message on the next request', async () => {
    fake.enqueue({ kind: 'tool', argumentPieces: ['{"reason":"Wants a person"}'] });
    const first = await run(engine(), { email: 'maria@example.com' });
    const act = first.events.find((e) => e.type === 'act');
    expect(act).toMatchObject({
      type: 'act',
      act: { handedOver: true, toolCall: { name: 'request_human' } },
    });
    const call = act?.type === 'act' ? act.act.toolCall : undefined;
    expect(call?.id).toMatch(/^call_test\d+$/);
    expect(call?.arguments).toBe('{"reason":"Wants a person"}');

    fake.enqueue({ kind: 'text', tokens: ['You are welcome.'] });
    const later: EngineTurn[] = [
      ...transcript,
      { type: 'bot', text: first.text, createdAt: 3, act: act?.type === 'act' ? act.act : {} },
      { type: 'user', text: 'Thanks!', createdAt: 4 },
    ];
    await runEngine(engine(), { bot, messages: later, contact: { email: 'maria@example.com' } });
    const messages = fake.requests[1]?.body.messages ?? [];
    expect(messages.map((m) => m.role)).toEqual(['system', 'assistant', 'user', 'assistant', 'tool', 'user']);
    expect(messages[3]).toMatchObject({
      role: 'assistant',
      content: first.text,
      tool_calls: [
        {
          id: call?.id,
          type: 'function',
          function: { name: 'request_human', arguments: '{"reason":"Wants a person"}' },
        },
      ],
    });
    expect(messages[4]).toMatchObject({ role: 'tool', tool_call_id: call?.id });
    expect(messages[4]?.content).toMatch(/support team has this conversation/);
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

  it('waits as long as Retry-After asks before the next attempt', async () => {
    fake.enqueue({ kind: 'status', status: 429, retryAfter: '1' }, { kind: 'text', tokens: ['Done.'] });
    const r = await run(engine());
    expect(r.text).toBe('Done.');
    const [first, second] = fake.requests;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('does not wait when Retry-After asks for longer than a visitor can: it falls back at once', async () => {
    fake.enqueue({ kind: 'status', status: 429, retryAfter: '30' });
    const started = Date.now();
    const r = await run(engine());
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(fake.requests).toHaveLength(1);
    expect(r.text).toBe(FALLBACK_REPLY);
    expect(r.escalations[0]).toMatch(/HTTP 429: Rate limit reached/);
  });

  it.each([502, 503, 408])('retries a %i before the first token', async (status) => {
    fake.enqueue({ kind: 'status', status }, { kind: 'text', tokens: ['Back.'] });
    const r = await run(engine());
    expect(fake.requests).toHaveLength(2);
    expect(r.text).toBe('Back.');
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

  it('never retries after a token: keeps the text, marks the cut-off, adds the fallback and hands over', async () => {
    fake.enqueue({ kind: 'disconnect', tokens: ['You can ', 'return items ', 'within'] });
    const errors: EngineUpstreamError[] = [];
    const r = await run(engine({ onError: (e) => errors.push(e) }));
    expect(fake.requests).toHaveLength(1);
    expect(r.text).toBe(`You can return items within …\n\n${FALLBACK_REPLY}`);
    expect(r.escalations).toHaveLength(1);
    expect(r.escalations[0]).toMatch(/^The AI model stopped mid-reply \(Network error/);
    expect(errors).toHaveLength(1);
  });

  it('treats a stream that ends without a finish_reason as cut off', async () => {
    fake.enqueue({ kind: 'truncate', tokens: ['It ships ', 'on'] });
    const r = await run(engine());
    expect(fake.requests).toHaveLength(1);
    expect(r.text).toBe(`It ships on …\n\n${FALLBACK_REPLY}`);
    expect(r.escalations[0]).toMatch(/stopped mid-reply \(The stream ended before the reply was complete\)/);
  });

  it('retries a connection that drops before the first token', async () => {
    fake.enqueue({ kind: 'disconnect', tokens: [] }, { kind: 'text', tokens: ['Fine.'] });
    const r = await run(engine());
    expect(fake.requests).toHaveLength(2);
    expect(r.text).toBe('Fine.');
  });

  it('falls back when the endpoint does not answer in time, without another attempt', async () => {
    fake.enqueue({ kind: 'hang' });
    const r = await run(engine({ timeoutMs: 200 }));
    expect(fake.requests).toHaveLength(1);
    expect(r.text).toBe(FALLBACK_REPLY);
    expect(r.escalations[0]).toMatch(/timed out after 200 ms/);
  });

  it('hands over with a cut-off mark when the stream stalls mid-reply past the timeout', async () => {
    fake.enqueue({ kind: 'stall', tokens: ['Let me ', 'check that'] });
    const r = await run(engine({ timeoutMs: 300 }));
    expect(fake.requests).toHaveLength(1);
    expect(r.text).toBe(`Let me check that …\n\n${FALLBACK_REPLY}`);
    expect(r.escalations[0]).toMatch(/stopped mid-reply \(The AI model timed out after 300 ms\)/);
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
