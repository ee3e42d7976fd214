import type { Bot, Contact } from '@supportbridge/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ChatBotKitEngineOptions, createChatBotKitEngine } from '../src/engines/chatbotkit-engine.js';
import type { Engine, EngineTurn } from '../src/engines/engine.js';
import { FALLBACK_REPLY } from '../src/engines/engine-error.js';
import { runEngine } from './helpers/engine-run.js';
import { type FakeChatBotKitServer, startFakeChatBotKitServer } from './helpers/fake-chatbotkit-server.js';

const SECRET = 'cbk-test-secret';
const bot: Bot = {
  id: 'bot_test',
  name: 'Ava',
  model: 'chatbotkit/cbk_bot_1',
  idleMinutes: 15,
  createdAt: 0,
  updatedAt: 0,
};
const transcript: EngineTurn[] = [
  { type: 'bot', text: 'Hi! How can I help?', createdAt: 1 },
  { type: 'user', text: 'Where is my order 48213?', createdAt: 2 },
];

let fake: FakeChatBotKitServer;
beforeAll(async () => {
  fake = await startFakeChatBotKitServer(SECRET);
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

function engine(overrides: Partial<ChatBotKitEngineOptions> = {}): Engine {
  return createChatBotKitEngine({
    botId: 'cbk_bot_1',
    secret: SECRET,
    baseUrl: fake.baseUrl,
    retryDelayMs: 5,
    ...overrides,
  });
}

function run(e: Engine, contact: Contact = {}, signal?: AbortSignal) {
  return runEngine(e, { bot, messages: transcript, contact, signal });
}

describe('chatbotkit engine', () => {
  it('streams the bot tokens through @chatbotkit/sdk', async () => {
    fake.enqueue({ kind: 'text', tokens: ['It ', 'ships ', 'today.'] });
    const r = await run(engine());
    expect(r.tokens).toEqual(['It ', 'ships ', 'today.']);
    expect(r.escalations).toEqual([]);
  });

  it('sends the bot id, the transcript, the contact instruction and the handover function', async () => {
    fake.enqueue({ kind: 'text', tokens: ['Sure.'] });
    await run(engine(), { email: 'maria@example.com' });
    const request = fake.requests[0];
    expect(request?.authorization).toBe(`Bearer ${SECRET}`);
    expect(request?.accept).toBe('application/jsonl');
    expect(request?.body.botId).toBe('cbk_bot_1');
    expect(request?.body.messages).toEqual(transcript.map(({ type, text }) => ({ type, text })));
    expect(request?.body.extensions?.backstory).toContain('email "maria@example.com"');
    expect(request?.body.functions?.map((f) => f.name)).toEqual(['request_human']);
  });

  it('escalates when the bot calls request_human', async () => {
    fake.enqueue({ kind: 'function', reason: 'Visitor wants to change the delivery address' });
    const r = await run(engine(), { email: 'maria@example.com' });
    expect(r.escalations).toEqual(['Visitor wants to change the delivery address']);
    expect(r.text).toContain('maria@example.com');
  });

  it('retries after a 429 and answers from the second attempt', async () => {
    fake.enqueue({ kind: 'status', status: 429 }, { kind: 'text', tokens: ['Back ', 'again.'] });
    const r = await run(engine());
    expect(fake.requests).toHaveLength(2);
    expect(r.text).toBe('Back again.');
  });

  it('waits as long as Retry-After asks before the next attempt', async () => {
    fake.enqueue({ kind: 'status', status: 503, retryAfter: '1' }, { kind: 'text', tokens: ['Here.'] });
    const r = await run(engine());
    expect(r.text).toBe('Here.');
    const [first, second] = fake.requests;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('falls back and escalates when ChatBotKit keeps failing with 500', async () => {
    fake.enqueue({ kind: 'status', status: 500 }, { kind: 'status', status: 500 });
    const r = await run(engine({ maxRetries: 1 }));
    expect(fake.requests).toHaveLength(2);
    expect(r.text).toBe(FALLBACK_REPLY);
    expect(r.escalations).toHaveLength(1);
    expect(r.escalations[0]).toMatch(/HTTP 500/);
  });

  it('does not retry a wrong secret', async () => {
    const r = await run(engine({ secret: 'wrong' }));
    expect(fake.requests).toHaveLength(1);
    expect(r.text).toBe(FALLBACK_REPLY);
    expect(r.escalations[0]).toMatch(/HTTP 401/);
  });

  it('never retries after a token: keeps the text, marks the cut-off, adds the fallback and hands over', async () => {
    fake.enqueue({ kind: 'disconnect', tokens: ['Your order ', 'left our ', 'warehouse'] });
    const r = await run(engine());
    expect(fake.requests).toHaveLength(1);
    expect(r.text).toBe(`Your order left our warehouse …\n\n${FALLBACK_REPLY}`);
    expect(r.escalations).toHaveLength(1);
    expect(r.escalations[0]).toMatch(/^ChatBotKit stopped mid-reply/);
  });

  it('falls back when ChatBotKit does not answer in time, without another attempt', async () => {
    fake.enqueue({ kind: 'hang' });
    const r = await run(engine({ timeoutMs: 200 }));
    expect(fake.requests).toHaveLength(1);
    expect(r.text).toBe(FALLBACK_REPLY);
    expect(r.escalations).toHaveLength(1);
    expect(r.escalations[0]).toMatch(/timed out after 200 ms/);
  });

  it('hands over with a cut-off mark when the stream stalls mid-reply past the timeout', async () => {
    fake.enqueue({ kind: 'stall', tokens: ['It left ', 'on'] });
    const r = await run(engine({ timeoutMs: 300 }));
    expect(fake.requests).toHaveLength(1);
    expect(r.text).toBe(`It left on …\n\n${FALLBACK_REPLY}`);
    expect(r.escalations[0]).toMatch(/timed out after 300 ms/);
  });

  it('records the hand-over as what the turn did', async () => {
    fake.enqueue({ kind: 'function', reason: 'Wants a person' });
    const r = await run(engine(), { email: 'maria@example.com' });
    expect(r.events).toContainEqual({ type: 'act', act: { handedOver: true } });
  });

  it('stops without a word when the visitor has gone away', async () => {
    const controller = new AbortController();
    controller.abort();
    expect((await run(engine(), {}, controller.signal)).events).toEqual([]);
  });
});
