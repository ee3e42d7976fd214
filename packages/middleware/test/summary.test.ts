import { type Contact, ConversationSummarySchema, type SummaryFact } from '@supportbridge/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlmSummarizer } from '../src/summary/llm-summarizer.js';
import { ruleSummarizer } from '../src/summary/rule-summarizer.js';
import type { SummaryTurn } from '../src/summary/summarizer.js';
import {
  type FakeOpenAIServer,
  type OpenAIScript,
  startFakeOpenAIServer,
} from './helpers/fake-openai-server.js';

const T = Date.UTC(2024, 4, 2, 10);

/** A transcript where the visitor says `lines` and the bot answers each with `botSays`. */
function transcript(lines: string[], botSays = 'Thanks! Anything else?'): SummaryTurn[] {
  return lines.flatMap((text, i) => [
    { type: 'user' as const, text, createdAt: T + i * 60_000 },
    { type: 'bot' as const, text: botSays, createdAt: T + i * 60_000 + 1000 },
  ]);
}

const summarize = (lines: string[], contact: Contact = {}, escalation?: { reason: string }) =>
  ruleSummarizer.summarize({ botName: 'Ava', messages: transcript(lines), contact, escalation });

describe('rule summarizer: title', () => {
  it.each<[string, string[], Contact, string]>([
    [
      'names the visitor and the topic',
      ['Hi!', 'I want a refund for order 48213 please'],
      { name: 'Maria Garcia' },
      'Maria Garcia: refund for order 48213',
    ],
    [
      'falls back to the email when there is no name',
      ['Where is my order?'],
      { email: 'bob@x.io' },
      'bob@x.io: where is my order',
    ],
    [
      'calls an unknown visitor "Visitor"',
      ['Can I return the jacket I bought on May 2?'],
      {},
      'Visitor: return the jacket I bought on May 2',
    ],
    [
      'skips greetings and self-introductions',
      ["Hello there, I'm Maria and my Kindle Paperwhite won't charge"],
      { name: 'Maria' },
      "Maria: my Kindle Paperwhite won't charge",
    ],
    [
      'skips a message that only gives contact details',
      ['maria@example.com', 'The Acme X200 blender arrived broken'],
      { email: 'maria@example.com' },
      'maria@example.com: Acme X200 blender arrived broken',
    ],
    [
      'keeps only the first clause of a long message',
      ['My parcel never arrived, and I have been waiting for three weeks now'],
      {},
      'Visitor: my parcel never arrived',
    ],
    [
      'takes the topic from the problem, not from a vague "I need help"',
      ['i need help', 'my package says delivered but its not here', 'yes thats right'],
      { name: 'Maria Garcia' },
      'Maria Garcia: my package says delivered but its not here',
    ],
    [
      'keeps a one-word opener beside the message that explains it',
      ['refund', 'the bag was stale'],
      { name: 'Ana Lima' },
      'Ana Lima: refund — bag was stale',
    ],
    [
      'skips a sentence that only says how often the visitor wrote, and stops shouting',
      ['THIRD TIME I AM WRITING. MY ORDER 5521 NEVER ARRIVED and nobody answers'],
      {},
      'Visitor: my order 5521 never arrived',
    ],
  ])('%s', async (_, lines, contact, title) => {
    expect((await summarize(lines, contact)).title).toBe(title);
  });

  it('stays within 100 characters, cut on a word boundary with an ellipsis', async () => {
    const long =
      'I would like to understand why the replacement part for my dishwasher keeps failing after exactly two weeks of normal household use every single time';
    const { title } = await summarize([long], { name: 'Alexandra Konstantinopoulou-Papadimitriou' });
    expect(title.length).toBeLessThanOrEqual(100);
    expect(title).toMatch(/^Alexandra Konstantinopoulou-Papadimitriou: .+\S…$/);
    expect(long).toContain(title.split(': ')[1]?.slice(0, -1));
  });

  it('keeps a very long name from crowding out the topic', async () => {
    const { title } = await summarize(['Refund for order 48213'], {
      name: 'Jean-Baptiste Emmanuel Zorg the Third of a Very Long Family Name Indeed',
    });
    expect(title.length).toBeLessThanOrEqual(100);
    expect(title).toMatch(/: refund for order 48213$/);
  });

  it('titles a bare request for a person', async () => {
    const s = await summarize(['human please'], {}, { reason: 'The visitor asked to talk to a person.' });
    expect(s.title).toBe('Visitor: asked for a person');
    expect(s.request).toBe('The visitor asked to talk to a person.');
  });
});

describe('rule summarizer: request, answer and escalation', () => {
  it("quotes the visitor's need in their own words, one or two sentences", async () => {
    const s = await summarize([
      'hi',
      "My Kindle won't charge. I tried two cables. It is a gift. Please help.",
    ]);
    expect(s.request).toBe("My Kindle won't charge. I tried two cables.");
  });

  it('adds the next message when the first one is very short', async () => {
    const s = await summarize(['Refund please', 'The blender I got arrived broken']);
    expect(s.request).toBe('Refund please. The blender I got arrived broken.');
  });

  it('quotes the knowledge the bot recorded giving, never its own wording around it', async () => {
    const messages: SummaryTurn[] = [
      { type: 'user', text: 'What is your refund policy?', createdAt: T },
      {
        type: 'bot',
        text: 'Good question! You can return any item within 30 days for a full refund. May I ask your name?',
        createdAt: T + 1,
        act: {
          answered: [{ entry: 0, text: 'You can return any item within 30 days for a full refund.' }],
          asked: 'name',
        },
      },
    ];
    const s = await ruleSummarizer.summarize({ botName: 'Ava', messages, contact: {} });
    expect(s.botAnswer).toBe('You can return any item within 30 days for a full refund.');
  });

  it('leaves botAnswer out when no bot turn recorded giving knowledge, whatever it said', async () => {
    const messages: SummaryTurn[] = [
      { type: 'user', text: 'Do you sell gift cards?', createdAt: T },
      {
        type: 'bot',
        text: 'Gift cards are sold at every counter for any amount.',
        createdAt: T + 1,
        act: { unknown: true, offeredPerson: true },
      },
      { type: 'user', text: 'ok', createdAt: T + 2 },
      { type: 'bot', text: 'Refunds take 5 days.', createdAt: T + 3 },
    ];
    expect(
      (await ruleSummarizer.summarize({ botName: 'Ava', messages, contact: {} })).botAnswer,
    ).toBeUndefined();
  });

  it("never quotes the answer to a later, different question as the request's answer", async () => {
    const gave = (text: string): SummaryTurn['act'] => ({ answered: [{ entry: 0, text }] });
    const request = 'My order 7731 never arrived and the tracking has not moved since Monday';
    const messages: SummaryTurn[] = [
      { type: 'user', text: request, createdAt: T },
      { type: 'bot', text: 'Sorry about that.', createdAt: T + 1, act: { unknown: true } },
      { type: 'user', text: 'Also, do you sell gift cards at all?', createdAt: T + 2 },
      { type: 'bot', text: '…', createdAt: T + 3, act: gave('Gift cards are sold online.') },
    ];
    const s = await ruleSummarizer.summarize({ botName: 'Ava', messages, contact: {} });
    expect(s.request).toContain('never arrived');
    expect(s.botAnswer).toBeUndefined();
    // The same answer right after the request is its answer.
    const answered = [
      messages[0]!,
      { ...messages[1]!, act: gave('Parcels take 3 days.') },
      ...messages.slice(2),
    ];
    expect(
      (await ruleSummarizer.summarize({ botName: 'Ava', messages: answered, contact: {} })).botAnswer,
    ).toBe('Parcels take 3 days.');
  });

  it('carries the escalation reason when there was one', async () => {
    const s = await summarize(['This is useless'], {}, { reason: 'The visitor seems frustrated.' });
    expect(s.escalation).toEqual({ reason: 'The visitor seems frustrated.' });
    expect((await summarize(['Where is my order?'])).escalation).toBeUndefined();
  });

  it('always returns a summary the contract accepts', async () => {
    for (const lines of [[], ['hi'], ['x'.repeat(4000)], ['Refund for #48213 of €49.90 yesterday']]) {
      expect(ConversationSummarySchema.safeParse(await summarize(lines)).success).toBe(true);
    }
  });
});

describe('rule summarizer: facts', () => {
  it.each<[string, string[], Contact, SummaryFact[]]>([
    [
      'order numbers in their usual forms',
      ['Order #48213', 'invoice no. 7781 and booking ref: QX7P2', 'see #99120'],
      {},
      [
        { kind: 'order', value: '48213' },
        { kind: 'order', value: '7781' },
        { kind: 'order', value: 'QX7P2' },
        { kind: 'order', value: '99120' },
      ],
    ],
    [
      'amounts with their currency',
      ['I paid €49.90 and then $120, plus 20 dollars', 'it was EUR 15'],
      {},
      [
        { kind: 'amount', value: '€49.90' },
        { kind: 'amount', value: '$120' },
        { kind: 'amount', value: '20 dollars' },
        { kind: 'amount', value: 'EUR 15' },
      ],
    ],
    [
      'dates, relative ones pinned to the day they were said',
      ['It came on March 3rd', 'I ordered it yesterday', 'and again on 2024-03-05'],
      {},
      [
        { kind: 'date', value: 'March 3rd' },
        { kind: 'date', value: 'yesterday (2024-05-01)' },
        { kind: 'date', value: '2024-03-05' },
      ],
    ],
    [
      'product names',
      ['My Sony WH-1000XM4 broke', 'the Dyson V15 too', 'and my iPhone 15'],
      {},
      [
        { kind: 'product', value: 'Sony WH-1000XM4' },
        { kind: 'product', value: 'Dyson V15' },
        { kind: 'product', value: 'iPhone 15' },
      ],
    ],
    [
      'phone numbers, written or known',
      ['call me on +1 415 555 0132'],
      { phone: '+442079460958' },
      [
        { kind: 'phone', value: '+14155550132' },
        { kind: 'phone', value: '+442079460958' },
      ],
    ],
    [
      'other references',
      ['my tracking number is 1Z999AA10123456784'],
      {},
      [{ kind: 'other', value: 'tracking 1Z999AA10123456784' }],
    ],
  ])('finds %s', async (_, lines, contact, facts) => {
    expect((await summarize(lines, contact)).facts).toEqual(facts);
  });

  it('lists each fact once and ignores the bot, the visitor and the bot name', async () => {
    const messages: SummaryTurn[] = [
      { type: 'user', text: 'Order #48213, Ava. I am Maria Garcia.', createdAt: T },
      { type: 'bot', text: 'Order 55555 shipped on May 3 for €10.', createdAt: T + 1 },
      { type: 'user', text: 'Yes, order 48213 again', createdAt: T + 2 },
    ];
    const s = await ruleSummarizer.summarize({ botName: 'Ava', messages, contact: { name: 'Maria Garcia' } });
    expect(s.facts).toEqual([{ kind: 'order', value: '48213' }]);
  });
});

describe('llm summarizer', () => {
  let fake: FakeOpenAIServer;
  beforeAll(async () => {
    fake = await startFakeOpenAIServer();
  });
  afterAll(() => fake.close());

  const contact = { name: 'Maria Garcia', email: 'maria@example.com', phone: '+14155550132' };
  const lines = [
    'Hi, I am Maria Garcia, maria@example.com',
    'Refund for order 48213 please, call +1 415 555 0132',
  ];
  const summarizer = () =>
    createLlmSummarizer({ model: 'gpt-4o-mini', baseURL: fake.baseURL, apiKey: 'sk-test' });

  it('takes the topic and request from the model and the facts from the rules', async () => {
    fake.enqueue({
      kind: 'text',
      tokens: [
        '{"topic": "refund for order 48213",',
        ' "request": "The visitor wants a refund for order 48213."}',
      ],
    });
    const s = await summarizer().summarize({ botName: 'Ava', messages: transcript(lines), contact });
    expect(s.title).toBe('Maria Garcia: refund for order 48213');
    expect(s.request).toBe('The visitor wants a refund for order 48213.');
    expect(s.facts).toContainEqual({ kind: 'order', value: '48213' });
  });

  it('sends no name, email or phone number to the model', async () => {
    fake.enqueue({ kind: 'text', tokens: ['{"topic":"refund","request":"Wants a refund."}'] });
    await summarizer().summarize({ botName: 'Ava', messages: transcript(lines), contact });
    const sent = JSON.stringify(fake.requests.at(-1)?.body);
    for (const secret of ['Maria', 'Garcia', 'maria@example.com', '415 555 0132'])
      expect(sent).not.toContain(secret);
    expect(sent).toContain('48213');
  });

  it('scrubs personal data the model writes anyway', async () => {
    fake.enqueue({
      kind: 'text',
      tokens: ['{"topic":"refund for Maria","request":"Maria (maria@example.com) wants a refund."}'],
    });
    const s = await summarizer().summarize({ botName: 'Ava', messages: transcript(lines), contact });
    expect(s.request).toBe('[name] ([email]) wants a refund.');
  });

  it.each([
    ['the endpoint fails', { kind: 'status', status: 500 } satisfies OpenAIScript],
    [
      'the answer is not the JSON asked for',
      { kind: 'text', tokens: ['Sure! Here is a summary.'] } satisfies OpenAIScript,
    ],
  ])('falls back to the rule summary when %s', async (_, script) => {
    fake.enqueue(script);
    const errors: unknown[] = [];
    const input = { botName: 'Ava', messages: transcript(lines), contact };
    const s = await createLlmSummarizer({
      model: 'm',
      baseURL: fake.baseURL,
      onError: (e) => errors.push(e),
    }).summarize(input);
    expect(s).toEqual(await ruleSummarizer.summarize(input));
    expect(errors).toHaveLength(1);
  });
});
