import type { Bot, Contact } from '@supportbridge/shared';
import { describe, expect, it } from 'vitest';
import type { EngineEvent, EngineTurn } from '../src/engines/engine.js';
import { intakeEngine } from '../src/engines/intake/intake-engine.js';
import { knowledgeIndexFor } from '../src/engines/intake/knowledge-index.js';

const REFUNDS = 'You can return any item within 30 days for a full refund.';
const SHIPPING = 'Orders ship within 2 business days and arrive in 3–5 days in the EU.';
const HOURS = 'Our support team is available Monday to Friday, 9:00–17:00 CET.';

function makeBot(overrides: Partial<Bot> = {}): Bot {
  return {
    id: 'bot_test',
    name: 'Ava',
    model: 'intake',
    greeting: 'Hi! How can I help?',
    idleMinutes: 15,
    createdAt: 0,
    updatedAt: 0,
    knowledge: [
      { question: 'What is your refund policy?', answer: REFUNDS },
      { question: 'How long does shipping take?', answer: SHIPPING },
      { title: 'Opening hours', text: `${HOURS} We are closed on public holidays.` },
    ],
    ...overrides,
  };
}

interface Reply {
  text: string;
  tokens: string[];
  escalations: string[];
}

async function reply(
  bot: Bot,
  messages: EngineTurn[],
  contact: Contact = {},
  signal?: AbortSignal,
): Promise<Reply> {
  const events: EngineEvent[] = [];
  for await (const event of intakeEngine.respond({ bot, messages, contact, signal })) events.push(event);
  const tokens = events.flatMap((e) => (e.type === 'token' ? [e.token] : []));
  const escalations = events.flatMap((e) => (e.type === 'escalate' ? [e.reason] : []));
  return { text: tokens.join(''), tokens, escalations };
}

/** Plays visitor lines one by one, as the widget would, feeding each reply back into the transcript. */
async function converse(bot: Bot, lines: [text: string, contact?: Contact][]): Promise<Reply[]> {
  const messages: EngineTurn[] = [{ type: 'bot', text: bot.greeting ?? '', createdAt: 0 }];
  const replies: Reply[] = [];
  for (const [text, contact = {}] of lines) {
    messages.push({ type: 'user', text, createdAt: messages.length });
    const r = await reply(bot, [...messages], contact);
    messages.push({ type: 'bot', text: r.text, createdAt: messages.length });
    replies.push(r);
  }
  return replies;
}

const asksName = (text: string) => /\byour name\b[^?]*\?/i.test(text);
const asksEmail = (text: string) => /\be-?mail\b[^?]*\?/i.test(text);

describe('intake engine: answers', () => {
  it('answers a question from the knowledge list', async () => {
    const [r] = await converse(makeBot(), [['What is your refund policy?']]);
    expect(r?.text).toContain(REFUNDS);
    expect(r?.escalations).toEqual([]);
  });

  it('finds the answer despite a typo and different word forms', async () => {
    const [typo, forms] = await converse(makeBot(), [['refnud policy?'], ['how long will shipping take']]);
    expect(typo?.text).toContain(REFUNDS);
    expect(forms?.text).toContain(SHIPPING);
  });

  it('answers from a plain passage by its title', async () => {
    const [r] = await converse(makeBot(), [['What are your opening hours?']]);
    expect(r?.text).toContain(HOURS);
  });

  it('admits it does not know, offers a person and never invents an answer', async () => {
    const [r] = await converse(makeBot(), [['Do you sell gift cards?']]);
    expect(r?.text).toMatch(/don't know|not something I know|don't have that information/);
    expect(r?.text).toMatch(/our team/);
    for (const answer of [REFUNDS, SHIPPING, HOURS]) expect(r?.text).not.toContain(answer);
    expect(r?.escalations).toEqual([]);
  });

  it('answers about the topic asked, not the entry sharing the question frame', async () => {
    // "how long … take" is the frame of the shipping question; the topic here is the refund.
    const [r] = await converse(makeBot(), [['how long does a refund take?']]);
    expect(r?.text).toContain(REFUNDS);
    expect(r?.text).not.toContain(SHIPPING);
    const [s] = await converse(makeBot(), [['how long does shipping take to Spain?']]);
    expect(s?.text).toContain(SHIPPING);
  });

  it('hears a question behind an opener like "ok, what about …"', async () => {
    const [, r] = await converse(makeBot(), [['do you sell gift cards?'], ['ok what about refunds']]);
    expect(r?.text).toContain(REFUNDS);
  });

  it('says it is unsure when the question names a place no entry mentions, and offers a person', async () => {
    const [japan] = await converse(makeBot(), [['Do you ship to Japan?']]);
    expect(japan?.text).toMatch(/not sure about Japan|don't know about Japan/);
    expect(japan?.text).toContain(SHIPPING);
    expect(japan?.text).toMatch(/team can help/);
    const bot = makeBot({
      knowledge: [{ question: 'Do you ship to Austria?', answer: 'Yes, Austria takes 3 days.' }],
    });
    const [austria] = await converse(bot, [['do you ship to austria?']]);
    expect(austria?.text).toContain('Yes, Austria takes 3 days.');
    expect(austria?.text).not.toMatch(/not sure|don't know about/);
  });

  it('streams the reply as several word-sized tokens that add up to the text', async () => {
    const [r] = await converse(makeBot(), [['What is your refund policy?']]);
    expect(r?.tokens.length).toBeGreaterThan(5);
    for (const token of r?.tokens ?? []) expect(token.trim()).not.toMatch(/\s/);
  });

  it('opens with the bot greeting when the visitor has said nothing yet', async () => {
    const r = await reply(makeBot(), [], {});
    expect(r.text).toBe('Hi! How can I help?');
  });

  it('reuses one search index for the same knowledge in a new array', () => {
    const knowledge = makeBot().knowledge ?? [];
    expect(knowledgeIndexFor(structuredClone(knowledge))).toBe(knowledgeIndexFor(knowledge));
  });
});

describe('intake engine: contact details', () => {
  it('waits for the issue before asking for a name', async () => {
    const [hello, issue] = await converse(makeBot(), [['hello'], ['My parcel arrived broken']]);
    expect(hello?.text).toMatch(/Ava/);
    expect(asksName(hello?.text ?? '') || asksEmail(hello?.text ?? '')).toBe(false);
    expect(asksName(issue?.text ?? '')).toBe(true);
  });

  it('answers first, then asks for one detail at a time', async () => {
    const replies = await converse(makeBot(), [
      ['I want a refund for order 48213'],
      ['Maria Garcia', { name: 'Maria Garcia' }],
      ['maria@example.com', { name: 'Maria Garcia', email: 'maria@example.com' }],
    ]);
    const [answer, afterName, afterEmail] = replies.map((r) => r.text);
    expect(answer?.indexOf(REFUNDS)).toBeLessThan(answer?.search(/your name/) ?? -1);
    expect(asksEmail(answer ?? '')).toBe(false);
    expect(afterName).toMatch(/Maria/);
    expect(asksEmail(afterName ?? '')).toBe(true);
    expect(asksName(afterName ?? '')).toBe(false);
    expect(afterEmail).toContain('maria@example.com');
    expect(asksName(afterEmail ?? '') || asksEmail(afterEmail ?? '')).toBe(false);
  });

  it('reads the email back once and never asks again for what it has', async () => {
    const contact = { name: 'Maria Garcia', email: 'maria@example.com' };
    const replies = await converse(makeBot(), [
      ['Where is my parcel?', {}],
      ['maria@example.com, Maria Garcia', contact],
      ['How long does shipping take?', contact],
      ['thanks!', contact],
    ]);
    expect(replies[1]?.text).toMatch(/our team (replies|will reply|will get back) to/);
    expect(replies.slice(2).some((r) => r.text.includes('maria@example.com'))).toBe(false);
    for (const r of replies.slice(1)) expect(asksName(r.text) || asksEmail(r.text)).toBe(false);
  });

  it('does not ask for details the host page already gave', async () => {
    const contact = { name: 'Maria Garcia', email: 'maria@example.com' };
    const replies = await converse(makeBot(), [
      ['My parcel is late', contact],
      ['And your refund policy?', contact],
    ]);
    for (const r of replies) expect(asksName(r.text) || asksEmail(r.text)).toBe(false);
  });

  it.each([
    ['Politely collect the user’s email address.', false, true],
    ['Ask for the visitor’s full name and email.', true, true],
    ['Do not ask for contact details.', false, false],
    ['You are Ava, a cheerful assistant for Acme.', true, true],
  ])('follows the backstory "%s" (asks name: %s, then email: %s)', async (backstory, name, email) => {
    const replies = await converse(makeBot({ backstory }), [['My parcel arrived broken'], ['ok']]);
    const texts = replies.map((r) => r.text);
    expect(asksName(texts[0] ?? '')).toBe(name);
    expect(texts.some(asksEmail)).toBe(email);
  });

  it('moves on when the visitor declines to give a detail', async () => {
    const replies = await converse(makeBot(), [['My parcel arrived broken'], ["I'd rather not say"], ['ok']]);
    expect(asksName(replies[0]?.text ?? '')).toBe(true);
    for (const r of replies.slice(1)) expect(asksName(r.text)).toBe(false);
  });
});

describe('intake engine: handing over to a person', () => {
  it.each(['human please', 'Can I talk to a real person?', 'I want to speak to an agent', 'representative'])(
    'escalates when the visitor says "%s"',
    async (line) => {
      const [r] = await converse(makeBot(), [[line]]);
      expect(r?.escalations).toHaveLength(1);
      expect(r?.escalations[0]).toMatch(/asked to talk to a person/);
      expect(r?.text).toMatch(/(handing|passing) this (over )?to|take over/);
    },
  );

  it('asks for the email before handing over when it is missing, and still escalates', async () => {
    const [, r] = await converse(makeBot(), [
      ['My parcel arrived broken'],
      ['human please', { name: 'Maria' }],
    ]);
    expect(asksEmail(r?.text ?? '')).toBe(true);
    expect(r?.escalations).toHaveLength(1);
  });

  it('tells the visitor where the team will reply when the email is known', async () => {
    const contact = { name: 'Maria Garcia', email: 'maria@example.com' };
    const [, r] = await converse(makeBot(), [
      ['My parcel is late', contact],
      ['can I talk to someone?', contact],
    ]);
    expect(r?.text).toContain('maria@example.com');
    expect(r?.text).toMatch(/Maria\b/);
    expect(asksEmail(r?.text ?? '')).toBe(false);
  });

  it('does not escalate when the visitor says they do not need a human', async () => {
    const [r] = await converse(makeBot(), [["I don't need a human, just tell me your opening hours"]]);
    expect(r?.escalations).toEqual([]);
    expect(r?.text).toContain(HOURS);
  });

  it.each(['this is useless', 'This is ridiculous.', 'WHY IS NOTHING WORKING ON YOUR SITE', 'hello???!!!'])(
    'escalates when the visitor is frustrated: "%s"',
    async (line) => {
      const [r] = await converse(makeBot(), [[line]]);
      expect(r?.escalations).toHaveLength(1);
      expect(r?.escalations[0]).toMatch(/frustrated/);
      expect(r?.text).toMatch(/sorry/i);
    },
  );

  it('escalates after two questions in a row it could not answer', async () => {
    const replies = await converse(makeBot(), [['Do you sell gift cards?'], ['Is the jacket waterproof?']]);
    expect(replies[0]?.escalations).toEqual([]);
    expect(replies[1]?.escalations).toEqual(['The bot could not answer two questions in a row.']);
  });

  it('does not count an answered question between two unknown ones', async () => {
    const replies = await converse(makeBot(), [
      ['Do you sell gift cards?'],
      ['What is your refund policy?'],
      ['Is the jacket waterproof?'],
    ]);
    expect(replies.flatMap((r) => r.escalations)).toEqual([]);
  });

  it('hands over when the visitor accepts the offer of a person', async () => {
    const contact = { name: 'Maria', email: 'maria@example.com' };
    const replies = await converse(makeBot(), [
      ['Do you sell gift cards?', contact],
      ['yes please', contact],
    ]);
    expect(replies[0]?.text).toMatch(/our team\?$/);
    expect(replies[1]?.escalations).toEqual(['The visitor accepted the offer to talk to a person.']);
  });
});

describe('intake engine: manners', () => {
  it("uses the bot's name and the visitor's first name", async () => {
    const [r] = await converse(makeBot(), [['Hi, I am Maria, when are you open?', { name: 'Maria Lopez' }]]);
    expect(r?.text).toMatch(/I'm Ava/);
    expect(r?.text).toMatch(/Maria\b/);
    expect(r?.text).not.toMatch(/Lopez/);
  });

  it('gives the same events for the same input', async () => {
    const lines: [string, Contact?][] = [
      ['My parcel arrived broken'],
      ['Maria', { name: 'Maria' }],
      ['human please'],
    ];
    expect(await converse(makeBot(), lines)).toEqual(await converse(makeBot(), lines));
  });

  it('varies its wording from one conversation to the next', async () => {
    const issues = [
      'My parcel is late',
      'The zipper broke',
      'My card was charged twice',
      'The box was empty',
      'Wrong size sent',
    ];
    const asks = await Promise.all(
      issues.map(async (line) => (await converse(makeBot(), [[line]]))[0]?.text ?? ''),
    );
    expect(new Set(asks.map((text) => text.replace(/^Hi, I'm Ava\. /, ''))).size).toBeGreaterThan(1);
  });

  it('stops streaming as soon as the visitor goes away', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await reply(
      makeBot(),
      [{ type: 'user', text: 'human please', createdAt: 0 }],
      {},
      controller.signal,
    );
    expect(r.tokens).toEqual([]);
    expect(r.escalations).toEqual([]);
  });
});

describe('intake engine: after handing over', () => {
  it('reads back the email it asked for and asks for nothing more', async () => {
    const replies = await converse(makeBot(), [
      ['My parcel arrived broken'],
      ['human please'],
      ['maria@example.com', { email: 'maria@example.com' }],
    ]);
    const last = replies[2]?.text ?? '';
    expect(last).toContain('maria@example.com');
    expect(asksName(last) || asksEmail(last)).toBe(false);
    expect(last).not.toMatch(/\?$/);
    expect(replies[2]?.escalations).toEqual([]);
  });
});

describe('intake engine: reading what the visitor means', () => {
  const noted = /noted|note of that|passed that on|added that/;
  const sentencesOf = (text: string) => text.match(/[^.!?]+[.!?]/g)?.map((s) => s.trim()) ?? [];

  it.each(['i need help', 'Can you help me?', 'I have a question', 'hello, I have a problem'])(
    'asks what is going on after "%s", without noting it or asking for a name',
    async (line) => {
      const [r] = await converse(makeBot(), [[line]]);
      expect(r?.text).toMatch(/what's going on|what happened|what's your question|would you like to know/i);
      expect(r?.text).not.toMatch(noted);
      expect(asksName(r?.text ?? '') || asksEmail(r?.text ?? '')).toBe(false);
    },
  );

  it('never repeats a sentence of its previous reply', async () => {
    const replies = await converse(makeBot(), [
      ['My parcel never arrived'],
      ['And the last box I got was damaged'],
      ['Also the invoice had the wrong address on it'],
    ]);
    for (let i = 1; i < replies.length; i++) {
      const before = sentencesOf(replies[i - 1]?.text ?? '');
      for (const sentence of sentencesOf(replies[i]?.text ?? '')) expect(before).not.toContain(sentence);
    }
  });

  it('meets each kind of trouble with its own word of sympathy', async () => {
    const [missing] = await converse(makeBot(), [['my package says delivered but its not here']]);
    const [broken] = await converse(makeBot(), [['the grinder stopped working after a week']]);
    expect(missing?.text).toMatch(/sorry/i);
    expect(broken?.text).toMatch(/sorry/i);
    const sympathy = (text = '') => sentencesOf(text).find((s) => /sorry/i.test(s));
    expect(sympathy(missing?.text)).not.toBe(sympathy(broken?.text));
  });

  it.each(['yes thats right', 'correct', 'yep', 'Yes, that is correct'])(
    'hears "%s" after the read-back as a confirmation, not a new issue',
    async (line) => {
      const contact = { name: 'Maria Garcia', email: 'maria@example.com' };
      const replies = await converse(makeBot(), [
        ['My parcel never arrived'],
        ['Maria Garcia', { name: 'Maria Garcia' }],
        ['maria@example.com', contact],
        [line, contact],
      ]);
      const last = replies[3]?.text ?? '';
      expect(last).not.toMatch(noted);
      expect(last).not.toMatch(/what's going on|what happened/i);
      expect(last).not.toMatch(/don't know|not something I know/);
    },
  );

  it('asks what else after a plain "yes" to "anything else?"', async () => {
    const contact = { name: 'Maria Garcia', email: 'maria@example.com' };
    const replies = await converse(makeBot(), [
      ['How long does shipping take?', contact],
      ['yes', contact],
    ]);
    if (/anything else/i.test(replies[0]?.text ?? ''))
      expect(replies[1]?.text).toMatch(/what's going on|what happened|what's your question/i);
    expect(replies[1]?.text).not.toMatch(noted);
  });

  it('does not note a message that only gives the name with some filler', async () => {
    const contact = { name: 'Kenji Watanabe' };
    const replies = await converse(makeBot(), [['hi'], ['great. I am Kenji Watanabe', contact]]);
    expect(replies[1]?.text).toMatch(/Kenji/);
    expect(replies[1]?.text).not.toMatch(noted);
    expect(asksEmail(replies[1]?.text ?? '')).toBe(false);
  });

  it('does not answer a statement from an entry that only shares a product word', async () => {
    const bot = makeBot({
      knowledge: [
        {
          question: 'Do you sell decaf or ground coffee?',
          answer: 'Yes: our decaf comes as beans or ground.',
        },
        { question: 'How much is shipping?', answer: 'Shipping is €4.90 per order.' },
        { question: 'How do I get a refund?', answer: REFUNDS },
      ],
    });
    const [late] = await converse(bot, [['I am order coffee beans 2 week ago but still not coming']]);
    const [skip] = await converse(bot, [['can I skip one delivery?']]);
    const [refund] = await converse(bot, [['refund']]);
    expect(late?.text).not.toMatch(/decaf/);
    expect(skip?.text).not.toMatch(/€4\.90/);
    expect(refund?.text).toContain(REFUNDS);
  });

  it('hands over to a person when the visitor says they have written before without an answer', async () => {
    const [r] = await converse(makeBot(), [['THIRD TIME I AM WRITING. my order 5521 never arrived']]);
    expect(r?.escalations).toHaveLength(1);
  });
});
