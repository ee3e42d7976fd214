/**
 * Speed of the built-in engine and the summarizer, in process: intake replies per second
 * over scripted conversations, its time to first token (warm, and cold: the first reply
 * after a knowledge change builds the search index), the OpenAI engine's time to first
 * token against a local wire-format server (our overhead, not a model's), and the rule
 * summarizer per conversation. Prints one JSON object.
 *
 * Run: `npx tsx --conditions=@supportbridge/source bench/engines.ts`
 */
import type { Bot, KnowledgeItem } from '@supportbridge/shared';
import type { Engine, EngineInput, EngineTurn } from '../src/engines/engine.js';
import { intakeEngine } from '../src/engines/intake/intake-engine.js';
import { createOpenAIEngine } from '../src/engines/openai-engine.js';
import { ruleSummarizer } from '../src/summary/rule-summarizer.js';
import { startFakeOpenAIServer } from '../test/helpers/fake-openai-server.js';

const topics = [
  'shipping',
  'refunds',
  'returns',
  'payment',
  'warranty',
  'sizes',
  'accounts',
  'gift cards',
  'discounts',
  'stores',
];
function knowledge(size: number, salt = ''): KnowledgeItem[] {
  return Array.from({ length: size }, (_, i) =>
    i % 3 === 2
      ? {
          title: `${topics[i % topics.length]} guide ${i}${salt}`,
          text: `Everything about ${topics[i % topics.length]}. `.repeat(8),
        }
      : {
          question: `How do ${topics[i % topics.length]} work for item ${i}?${salt}`,
          answer: `Our ${topics[i % topics.length]} policy number ${i} covers it.`,
        },
  );
}
const bot = (items: KnowledgeItem[]): Bot => ({
  id: 'bot_bench',
  name: 'Ava',
  model: 'intake',
  knowledge: items,
  idleMinutes: 15,
  createdAt: 0,
  updatedAt: 0,
});

const script = [
  'hi',
  'How long does shipping take to Germany?',
  'Maria Garcia',
  'maria@example.com',
  'Do you sell gift cards?',
  'Can I pay with PayPal?',
  'this is useless, human please',
];
const contacts = [{}, {}, { name: 'Maria Garcia' }, { name: 'Maria Garcia', email: 'maria@example.com' }];

/** Runs one reply and returns [ms to first token, ms to the end]. */
async function timeReply(engine: Engine, input: EngineInput): Promise<[number, number]> {
  const start = performance.now();
  let first = -1;
  for await (const event of engine.respond(input))
    if (first < 0 && event.type === 'token') first = performance.now() - start;
  return [first, performance.now() - start];
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? 0;
const round3 = (value: number) => Math.round(value * 1000) / 1000;

async function intake(size: number) {
  const items = knowledge(size);
  const ttft: number[] = [];
  let replies = 0;
  const rounds = 200;
  // The store hands out a fresh array on every fetch: the index cache must find it by content.
  const fetched = Array.from({ length: rounds * script.length }, () => structuredClone(items));
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    const messages: EngineTurn[] = [{ type: 'bot', text: 'Hi! How can I help?', createdAt: 0 }];
    for (const [i, text] of script.entries()) {
      messages.push({ type: 'user', text: `${text}${round % 7 === 0 ? '' : ' '}`, createdAt: i });
      const [first] = await timeReply(intakeEngine, {
        bot: bot(fetched[replies] ?? items),
        messages,
        contact: contacts[Math.min(i, 3)] ?? {},
      });
      ttft.push(first);
      messages.push({ type: 'bot', text: 'ok', createdAt: i });
      replies++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const cold: number[] = [];
  for (let i = 0; i < 5; i++) {
    const input = {
      bot: bot(knowledge(size, `v${i}`)),
      messages: [{ type: 'user' as const, text: 'refund?', createdAt: 0 }],
      contact: {},
    };
    cold.push((await timeReply(intakeEngine, input))[0]);
  }
  return {
    knowledgeItems: size,
    repliesPerSecond: Math.round(replies / seconds),
    ttftMs: { p50: round3(percentile(ttft, 0.5)), p99: round3(percentile(ttft, 0.99)) },
    coldTtftMs: round3(percentile(cold, 0.5)),
  };
}

async function openaiLocal() {
  const fake = await startFakeOpenAIServer();
  const engine = createOpenAIEngine({ model: 'bench', baseURL: fake.baseURL, apiKey: 'sk' });
  const ttft: number[] = [];
  for (let i = 0; i < 60; i++) {
    fake.enqueue({ kind: 'text', tokens: ['Hello', ' there', '.'] });
    const [first] = await timeReply(engine, {
      bot: { ...bot(knowledge(50)), model: 'openai/bench' },
      messages: [{ type: 'user', text: 'Where is my order?', createdAt: 0 }],
      contact: {},
    });
    if (i >= 10) ttft.push(first);
  }
  await fake.close();
  return { ttftMs: { p50: round3(percentile(ttft, 0.5)), p99: round3(percentile(ttft, 0.99)) } };
}

async function summary() {
  const messages = script.flatMap((text, i) => [
    {
      type: 'user' as const,
      text: i === 1 ? 'I want a refund for order 48213, paid €49.90 yesterday for my Dyson V15' : text,
      createdAt: i,
    },
    { type: 'bot' as const, text: 'Good question! Refunds take 5 days. Anything else?', createdAt: i },
  ]);
  const input = { botName: 'Ava', messages, contact: { name: 'Maria Garcia', email: 'maria@example.com' } };
  for (let i = 0; i < 20; i++) await ruleSummarizer.summarize(input);
  const rounds = 300;
  const started = performance.now();
  for (let i = 0; i < rounds; i++) await ruleSummarizer.summarize(input);
  return { msPerConversation: round3((performance.now() - started) / rounds) };
}

// Warm-up: the first replies pay for JIT and module initialisation, not for the engine.
await intake(10);
console.log(
  JSON.stringify(
    {
      intake: [await intake(10), await intake(200), await intake(1000)],
      openaiLocal: await openaiLocal(),
      ruleSummary: await summary(),
    },
    null,
    2,
  ),
);
