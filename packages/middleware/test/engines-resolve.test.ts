import type { Bot } from '@supportbridge/shared';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Engine, EngineEvent } from '../src/engines/engine.js';
import { EngineConfigError, FALLBACK_REPLY, fallbackEvents } from '../src/engines/engine-error.js';
import { intakeEngine } from '../src/engines/intake/intake-engine.js';
import { createEngineResolver } from '../src/engines/resolve-engine.js';
import { type FakeChatBotKitServer, startFakeChatBotKitServer } from './helpers/fake-chatbotkit-server.js';
import { type FakeOpenAIServer, startFakeOpenAIServer } from './helpers/fake-openai-server.js';

const botWith = (model: string): Bot => ({
  id: 'bot_test',
  model,
  idleMinutes: 15,
  createdAt: 0,
  updatedAt: 0,
});
const hello = [{ type: 'user' as const, text: 'hello', createdAt: 0 }];

async function collect(events: AsyncIterable<EngineEvent>): Promise<EngineEvent[]> {
  const out: EngineEvent[] = [];
  for await (const event of events) out.push(event);
  return out;
}

let openai: FakeOpenAIServer;
let cbk: FakeChatBotKitServer;
beforeAll(async () => {
  [openai, cbk] = await Promise.all([startFakeOpenAIServer(), startFakeChatBotKitServer('cbk-secret')]);
});
afterAll(() => Promise.all([openai.close(), cbk.close()]));

describe('engine resolver', () => {
  it('serves "intake" with the built-in engine', () => {
    expect(createEngineResolver()(botWith('intake'))).toBe(intakeEngine);
  });

  it('serves openai/<model> from the configured endpoint, sending the model name', async () => {
    const resolve = createEngineResolver({ openai: { baseURL: openai.baseURL, apiKey: 'sk-given' } });
    const events = await collect(
      resolve(botWith('openai/gpt-4o-mini')).respond({
        bot: botWith('openai/gpt-4o-mini'),
        messages: hello,
        contact: {},
      }),
    );
    expect(events).toEqual([{ type: 'token', token: 'OK.' }]);
    expect(openai.requests.at(-1)?.body.model).toBe('gpt-4o-mini');
    expect(openai.requests.at(-1)?.authorization).toBe('Bearer sk-given');
  });

  it('serves chatbotkit/<botId> through the ChatBotKit API', async () => {
    const resolve = createEngineResolver({
      chatbotkit: { secret: 'cbk-secret', baseUrl: cbk.baseUrl },
    });
    const bot = botWith('chatbotkit/cbk_bot_9');
    const events = await collect(resolve(bot).respond({ bot, messages: hello, contact: {} }));
    expect(events).toEqual([{ type: 'token', token: 'OK.' }]);
    expect(cbk.requests.at(-1)?.body.botId).toBe('cbk_bot_9');
  });

  it('lets engines passed in code win, by full model or by prefix', () => {
    const exact: Engine = { async *respond() {} };
    const byPrefix: Engine = { async *respond() {} };
    const resolve = createEngineResolver({
      engines: { 'openai/gpt-4o': exact, openai: byPrefix, intake: byPrefix },
    });
    expect(resolve(botWith('openai/gpt-4o'))).toBe(exact);
    expect(resolve(botWith('openai/gpt-4o-mini'))).toBe(byPrefix);
    expect(resolve(botWith('intake'))).toBe(byPrefix);
  });

  it('reuses one engine per model', () => {
    const resolve = createEngineResolver({ openai: { apiKey: 'sk' } });
    expect(resolve(botWith('openai/a'))).toBe(resolve(botWith('openai/a')));
    expect(resolve(botWith('openai/a'))).not.toBe(resolve(botWith('openai/b')));
  });

  it('reports a missing OpenAI key as an EngineConfigError that says how to fix it', () => {
    const resolve = createEngineResolver();
    expect(() => resolve(botWith('openai/gpt-4o-mini'))).toThrow(EngineConfigError);
    expect(() => resolve(botWith('openai/gpt-4o-mini'))).toThrow(/openai: \{ apiKey \}/);
  });

  it('accepts a self-hosted endpoint without a key', () => {
    expect(() =>
      createEngineResolver({ openai: { baseURL: 'http://127.0.0.1:11434/v1' } })(botWith('openai/llama3')),
    ).not.toThrow();
  });

  it('reports a missing ChatBotKit secret and an unknown model', () => {
    const resolve = createEngineResolver();
    expect(() => resolve(botWith('chatbotkit/cbk_1'))).toThrow(/chatbotkit: \{ secret \}/);
    try {
      resolve(botWith('anthropic/claude'));
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'ENGINE_UNKNOWN_MODEL', model: 'anthropic/claude' });
    }
  });

  it('reads no keys from the environment, only from its options', () => {
    vi.stubEnv('OPENAI_API_KEY', 'sk-from-env');
    vi.stubEnv('OPENAI_BASE_URL', openai.baseURL);
    vi.stubEnv('CHATBOTKIT_SECRET', 'cbk-secret');
    vi.stubEnv('CHATBOTKIT_BASE_URL', cbk.baseUrl);
    try {
      const resolve = createEngineResolver();
      expect(() => resolve(botWith('openai/gpt-4o-mini'))).toThrow(EngineConfigError);
      expect(() => resolve(botWith('chatbotkit/cbk_1'))).toThrow(EngineConfigError);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('turns a configuration error into a visitor-facing fallback and an escalation', async () => {
    const events = await collect(fallbackEvents('OPENAI_API_KEY is not set'));
    const text = events.flatMap((e) => (e.type === 'token' ? [e.token] : [])).join('');
    expect(text).toBe(FALLBACK_REPLY);
    expect(events.at(-1)).toEqual({ type: 'escalate', reason: 'OPENAI_API_KEY is not set' });
  });
});
