import type { Bot, Contact, KnowledgeItem } from '@supportbridge/shared';
import { describe, expect, it } from 'vitest';
import type { BotTurnAct, EngineEvent, EngineTurn } from '../src/engines/engine.js';
import { intakeEngine } from '../src/engines/intake/intake-engine.js';
import { knowledgeIndexFor } from '../src/engines/intake/knowledge-index.js';
import { confidence, MARGIN } from '../src/engines/intake/match-weights.js';

const REFUNDS = 'You can return any item within 30 days for a full refund.';
const SHIPPING = 'Orders ship within 2 business days and arrive in 3–5 days in the EU.';
const HOURS = 'Our support team is available Monday to Friday, 9:00–17:00 CET.';
const PASSWORD = 'Click “Forgot password” on the login page and we email you a link to set a new one.';
const TRAINING = 'We run live training sessions for your whole team every month.';
const PRO = 'The Pro plan costs €12 per user per month.';
const TEAMS = 'For teams of ten or more the Pro plan costs €9 per user per month.';

/** Entry positions, as acts record them. */
const E = { refund: 0, shipping: 1, hours: 2, password: 3, training: 4, pro: 5, teams: 6 } as const;

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
      { question: 'I forgot my password', answer: PASSWORD },
      { question: 'Do you offer training for teams?', answer: TRAINING },
      { question: 'How much is the Pro plan?', answer: PRO },
      { question: 'How much is the Pro plan for teams?', answer: TEAMS },
    ],
    ...overrides,
  };
}

interface Reply {
  text: string;
  tokens: string[];
  act: BotTurnAct;
  escalations: string[];
}

async function reply(
  bot: Bot,
  messages: EngineTurn[],
  contact: Contact = {},
  extra: { signal?: AbortSignal; language?: string } = {},
): Promise<Reply> {
  const events: EngineEvent[] = [];
  for await (const event of intakeEngine.respond({ bot, messages, contact, ...extra })) events.push(event);
  const tokens = events.flatMap((e) => (e.type === 'token' ? [e.token] : []));
  const act = events.flatMap((e) => (e.type === 'act' ? [e.act] : []))[0] ?? {};
  const escalations = events.flatMap((e) => (e.type === 'escalate' ? [e.reason] : []));
  return { text: tokens.join(''), tokens, act, escalations };
}

/** Plays visitor lines one by one, as the widget would, storing each reply with its act. */
async function converse(
  bot: Bot,
  lines: [text: string, contact?: Contact][],
  language?: string,
): Promise<Reply[]> {
  const messages: EngineTurn[] = [];
  const replies: Reply[] = [];
  for (const [text, contact = {}] of lines) {
    messages.push({ type: 'user', text, createdAt: messages.length });
    const r = await reply(bot, [...messages], contact, language ? { language } : {});
    messages.push({ type: 'bot', text: r.text, createdAt: messages.length, act: r.act });
    replies.push(r);
  }
  return replies;
}

/** A visitor's question, a bot reply that recorded nothing, and the visitor's next line. */
const afterQuestion = (question: string, next: string): EngineTurn[] => [
  { type: 'user', text: question, createdAt: 0 },
  { type: 'bot', text: 'Here is what I know.', createdAt: 1 },
  { type: 'user', text: next, createdAt: 2 },
];

const first = async (line: string, bot = makeBot(), contact: Contact = {}) =>
  (await converse(bot, [[line, contact]]))[0]!;
const entries = (r: Reply) => r.act.answered?.map((a) => a.entry) ?? [];

describe('intake engine: answers', () => {
  it('answers a question from the knowledge list and records which entry it gave', async () => {
    const r = await first('What is your refund policy?');
    expect(entries(r)).toEqual([E.refund]);
    expect(r.act.answered?.[0]?.text).toBe(REFUNDS);
    expect(r.text).toContain(REFUNDS);
    expect(r.escalations).toEqual([]);
  });

  it('finds the answer despite a typo and different word forms', async () => {
    expect(entries(await first('refnud policy?'))).toEqual([E.refund]);
    expect(entries(await first('how long will shipping take'))).toEqual([E.shipping]);
  });

  it('answers from a plain passage by its title', async () => {
    expect((await first('What are your opening hours?')).text).toContain(HOURS);
  });

  it('admits it does not know, offers a person and never invents an answer', async () => {
    const r = await first('Do you sell gift cards?');
    expect(r.act).toMatchObject({ unknown: true, offeredPerson: true });
    expect(entries(r)).toEqual([]);
    for (const answer of [REFUNDS, SHIPPING, HOURS, PASSWORD]) expect(r.text).not.toContain(answer);
    expect(r.escalations).toEqual([]);
  });

  it('answers about the topic asked, not the entry sharing the question frame', async () => {
    // "how long … take" is the frame of the shipping question; the topic here is the refund.
    expect(entries(await first('how long does a refund take?'))).not.toContain(E.shipping);
    expect(entries(await first('how long does shipping take to Spain?'))).not.toContain(E.refund);
  });

  it('matches a problem told without a question mark like a question, and offers a person too', async () => {
    const r = await first('i forgot my password');
    expect(entries(r)).toEqual([E.password]);
    expect(r.act.offeredPerson).toBe(true);
  });

  it('says so and offers a person when nothing answers a described problem, never only a note', async () => {
    const r = await first('The zipper on my jacket broke');
    expect(r.act).toMatchObject({ unknown: true, offeredPerson: true });
  });

  it('reads a follow-up together with the question before it', async () => {
    const [, teams] = await converse(makeBot(), [['How much is the Pro plan?'], ['and for teams?']]);
    expect(entries(teams!)).toEqual([E.teams]);
  });

  it('reads a follow-up with only new words as the earlier question asked again', async () => {
    // "Austria" is in no entry: the follow-up asks the shipping question about another place.
    const austria = await reply(makeBot(), afterQuestion('How long does shipping take?', 'and to Austria?'));
    expect(entries(austria)).toEqual([E.shipping]);
  });

  it('reads a question without a topic word of its own with the question before it', async () => {
    const german = makeBot({
      knowledge: [
        { question: 'Kann ich meine Ausleihe verlängern?', answer: 'Ja, bis zu dreimal online.' },
        { question: 'Wie sind die Öffnungszeiten?', answer: 'Dienstag bis Samstag 10–18 Uhr.' },
      ],
    });
    const often = await reply(german, afterQuestion('Kann ich verlängern?', 'wie oft geht das'));
    expect(entries(often)).toEqual([0]);
  });

  it('answers "how long" from an entry that states a length of time without the word', async () => {
    const bot = makeBot({
      knowledge: [
        { question: 'What is your returns policy?', answer: 'Send it back within 30 days of delivery.' },
        { question: 'Where are you based?', answer: 'In Leeds, next to the station.' },
        { question: 'Do you gift wrap?', answer: 'Yes, for £3 per parcel.' },
      ],
    });
    expect(entries(await first('how long do I have to return something?', bot))).toEqual([0]);
  });

  it('gives both of two entries that answer alike rather than neither', async () => {
    const bot = makeBot({
      knowledge: [
        // Both speak of "Last Chance" in passing, equally: neither leads the other.
        { question: 'What is on sale?', answer: 'Last Chance items are reduced by half.' },
        { question: 'Which codes can I use?', answer: 'Codes do not apply to Last Chance items.' },
        { question: 'Where are you based?', answer: 'In Leeds, next to the station.' },
        { question: 'Do you gift wrap?', answer: 'Yes, for £3 per parcel.' },
      ],
    });
    expect(entries(await first('what is this last chance thing?', bot)).sort()).toEqual([0, 1]);
  });

  it('bridges a visitor’s word and the knowledge’s with the thesaurus', async () => {
    const bot = makeBot({
      knowledge: [
        { question: 'Will you need access to my loft?', answer: 'Yes, cables run through the loft.' },
        { question: 'Where are you based?', answer: 'In Leeds, next to the station.' },
        { question: 'Do you gift wrap?', answer: 'Yes, for £3 per parcel.' },
      ],
    });
    expect(entries(await first('do you need to get into the attic?', bot))).toEqual([0]);
  });

  it('finds an entry by the keywords and aliases the business gave it', async () => {
    const knowledge = [
      ...(makeBot().knowledge ?? []),
      {
        question: 'Which payment methods do you take?',
        answer: 'Cards and bank transfer.',
        aliases: ['Zapp'],
      },
    ] as KnowledgeItem[];
    expect(entries(await first('can I use zapp?', makeBot({ knowledge })))).toEqual([7]);
  });

  it('points to the answer just given rather than pasting it again', async () => {
    const [, again] = await converse(makeBot(), [['What is your refund policy?'], ['refund policy?']]);
    expect(again?.text).not.toContain(REFUNDS);
  });

  it('streams the reply as several word-sized tokens that add up to the text', async () => {
    const r = await first('What is your refund policy?');
    expect(r.tokens.length).toBeGreaterThan(5);
    for (const token of r.tokens) expect(token.trim()).not.toMatch(/\s/);
  });

  it('opens with the bot greeting when the visitor has said nothing yet', async () => {
    expect((await reply(makeBot(), [])).text).toBe('Hi! How can I help?');
  });

  it('reuses one search index for the same knowledge in a new array', () => {
    const knowledge = makeBot().knowledge ?? [];
    expect(knowledgeIndexFor(structuredClone(knowledge))).toBe(knowledgeIndexFor(knowledge));
  });
});

describe('intake engine: the confidence to answer', () => {
  it('weighs the lead of the best entry over the runner-up', () => {
    expect(confidence([{ score: 0.5 }, { score: 0.2 }])).toBeCloseTo(0.5 + MARGIN * 0.3);
    expect(confidence([{ score: 0.5 }, { score: 0.5 }])).toBe(0.5);
    // With one entry in the knowledge there is no runner-up to lead.
    expect(confidence([{ score: 0.5 }], 1)).toBe(0.5);
  });

  it('gives the lead less say when much of the message is unknown to every entry', () => {
    expect(confidence([{ score: 0.5, unknown: 0.5 }, { score: 0.2 }])).toBeCloseTo(0.5 + MARGIN * 0.5 * 0.3);
  });

  it('reads everyday words as no topic, but keeps every word the glossary gives a meaning to', () => {
    const index = knowledgeIndexFor(makeBot().knowledge ?? []);
    const words = index
      .unitsOf('is there somewhere I can see everything about my order')
      .flatMap((u) => u.words);
    // "order" and "open" are stop words to a search engine, topics to a support bot.
    expect(words).toEqual(['order']);
    expect(index.unitsOf('when do you open').flatMap((u) => u.words)).toEqual(['open']);
  });

  it('answers "how much" from an entry that only states amounts', async () => {
    const bot = makeBot({
      knowledge: [
        { question: 'What plans do you have?', answer: 'Basic is £9 a month and Plus 19 € a month.' },
        { question: 'Can I cancel my plan?', answer: 'Yes, any time from your account page.' },
      ],
    });
    expect(entries(await first('how much does it cost?', bot))).toEqual([0]);
  });

  it('does not answer a follow-up from the earlier question alone', async () => {
    const bot = makeBot({ knowledge: [makeBot().knowledge![E.shipping]!, makeBot().knowledge![E.refund]!] });
    const replies = await converse(bot, [['How long does shipping take?'], ['Do you sell gift cards?']]);
    expect(entries(replies[0]!)).toEqual([0]);
    expect(replies[1]?.act).toMatchObject({ unknown: true });
  });
});

describe('intake engine: languages', () => {
  const german = makeBot({
    knowledge: [
      { question: 'Wie lange dauert der Versand?', answer: 'Wir versenden innerhalb von zwei Werktagen.' },
    ],
  });

  it('replies in the visitor’s language and gives knowledge written in it as written', async () => {
    const r = await first('Wie lange dauert der Versand?', german);
    expect(r.act.language).toBe('de');
    expect(r.text).toContain('Wir versenden innerhalb von zwei Werktagen.');
  });

  it('finds an English entry for a Spanish question, sets it apart and offers a person', async () => {
    const r = await first('¿Cuánto tiempo tarda el envío?');
    expect(r.act.language).toBe('es');
    expect(entries(r)).toEqual([E.shipping]);
    expect(r.act.offeredPerson).toBe(true);
    // The English text stands as its own paragraph, never inside a Spanish sentence.
    expect(r.text.split('\n\n')).toContain(SHIPPING);
  });

  it('follows the language the page gives over what it detects', async () => {
    const [r] = await converse(makeBot(), [['What is your refund policy?']], 'fr');
    expect(r?.act.language).toBe('fr');
  });

  it('keeps the conversation’s language for a bare name', async () => {
    const [, r] = await converse(german, [
      ['Mein Paket ist kaputt'],
      ['Maria Garcia', { name: 'Maria Garcia' }],
    ]);
    expect(r?.act.language).toBe('de');
  });
});

describe('intake engine: contact details', () => {
  it('waits for the issue before asking for a name', async () => {
    const [hello, issue] = await converse(makeBot(), [['hello'], ['My parcel arrived broken']]);
    expect(hello?.act.introduced).toBe(true);
    expect(['name', 'email']).not.toContain(hello?.act.asked);
    expect(issue?.act.asked).toBe('name');
  });

  it('answers first, then asks for one detail at a time', async () => {
    const [answer, afterName, afterEmail] = await converse(makeBot(), [
      ['What is your refund policy?'],
      ['Maria Garcia', { name: 'Maria Garcia' }],
      ['maria@example.com', { name: 'Maria Garcia', email: 'maria@example.com' }],
    ]);
    expect(answer?.text.indexOf(REFUNDS)).toBeGreaterThanOrEqual(0);
    expect(answer?.act.asked).toBe('name');
    expect(afterName?.act).toMatchObject({ welcomed: 'Maria', asked: 'email' });
    expect(afterEmail?.act.readBack).toBe('maria@example.com');
    expect(['name', 'email']).not.toContain(afterEmail?.act.asked);
  });

  it('reads the email back once and never asks again for what it has', async () => {
    const contact = { name: 'Maria Garcia', email: 'maria@example.com' };
    const replies = await converse(makeBot(), [
      ['Where is my parcel?', {}],
      ['maria@example.com, Maria Garcia', contact],
      ['How long does shipping take?', contact],
      ['thanks!', contact],
    ]);
    expect(replies[1]?.act.readBack).toBe('maria@example.com');
    expect(replies.slice(2).some((r) => r.act.readBack)).toBe(false);
    for (const r of replies.slice(1)) expect(['name', 'email']).not.toContain(r.act.asked);
  });

  it.each([
    ['Politely collect the user’s email address.', false, true],
    ['Ask for the visitor’s full name and email.', true, true],
    ['Do not ask for contact details.', false, false],
    ['You are Ava, a cheerful assistant for Acme.', true, true],
  ])('follows the backstory "%s" (asks name: %s, then email: %s)', async (backstory, name, email) => {
    const replies = await converse(makeBot({ backstory }), [['My parcel arrived broken'], ['ok']]);
    expect(replies[0]?.act.asked === 'name').toBe(name);
    expect(replies.some((r) => r.act.asked === 'email')).toBe(email);
  });

  it('moves on when the visitor declines to give a detail', async () => {
    const replies = await converse(makeBot(), [['My parcel arrived broken'], ["I'd rather not say"], ['ok']]);
    expect(replies[0]?.act.asked).toBe('name');
    for (const r of replies.slice(1)) expect(r.act.asked).not.toBe('name');
  });
});

describe('intake engine: handing over to a person', () => {
  it.each([
    'human please',
    'Can I talk to a real person?',
    'I want to speak to an agent',
    'representative',
    'Could I speak to the practice manager please?',
    'can someone from billing call me back',
    'Ich möchte bitte mit einer Mitarbeiterin sprechen.',
    'Quiero hablar con una persona, por favor.',
  ])('hands over when the visitor asks for a person: "%s"', async (line) => {
    const r = await first(line);
    expect(r.escalations).toEqual(['The visitor asked to talk to a person.']);
    expect(r.act.handedOver).toBe(true);
  });

  it.each([
    ['You charged me twice for the same order. I want my money back.', /disputes a charge/],
    ['If this is not fixed I will talk to my lawyer', /legal/],
    ['my son swallowed a battery and is choking', /urgent/],
    ['this is useless', /frustrated/],
    ['WHY IS NOTHING WORKING ON YOUR SITE', /frustrated/],
    ['this is the 4th time I am asking about my order', /asked before/],
  ])('hands over on "%s" and says why to the team', async (line, reason) => {
    const r = await first(line);
    expect(r.escalations).toHaveLength(1);
    expect(r.escalations[0]).toMatch(reason);
  });

  it('does not recite the policy the visitor disputes', async () => {
    const r = await first('I returned it weeks ago and still no refund. Refund me now.');
    expect(r.escalations).toHaveLength(1);
    expect(r.act.answered).toBeUndefined();
    expect(r.text).not.toContain(REFUNDS);
  });

  it.each([
    ['I need the billing team, the amount you took this month is wrong', /asked to talk|disputes/],
    ['Who do I speak to about a data request?', /asked to talk/],
    ['Faturamda yanlışlık var, biriyle görüşmem gerekiyor.', /asked to talk|disputes/],
    ['I want my deposit back, full stop.', /disputes a charge/],
    ['Your claim handler rejected my claim and I want to appeal the decision', /disputes a charge/],
    ["That advert was misleading and I'm taking legal advice.", /legal/],
    ['Ich möchte mich offiziell beschweren, das ist eine Zumutung.', /legal|frustrated/],
    ['sois unos ladrones', /frustrated/],
    ['jullie monteur was ontzettend onbeleefd', /frustrated/],
    ["I've been waiting three weeks and nobody has replied", /asked before/],
    ['There is a burning smell coming from the fuse box', /urgent/],
    ['Mi hijo se ha bebido medio bote de jarabe y está muy mareado', /urgent/],
    ['Il ne peut pas respirer, il a les lèvres gonflées', /urgent/],
    ['my dog was hit by a car and is bleeding heavily', /urgent/],
    ['The brakes failed on the hill and I am badly hurt', /urgent/],
    ["I'd like a callback please", /asked to talk/],
    ['can the owner contact me', /asked to talk/],
    ['Kann mich jemand anrufen?', /asked to talk/],
    ['the mechanic scratched my frame and I expect it to be fixed for free', /disputes/],
    ['I cancelled last month and you still took the payment', /disputes/],
    ['you lost all our wedding photos', /disputes|asked before/],
    ['Je veux être remboursé', /disputes/],
    ['Ihr habt meine Fotos verloren', /disputes/],
    ['how many times do I have to ask', /asked before/],
    ["I'm really disappointed with the service", /frustrated/],
    ['Ich bin sehr enttäuscht', /frustrated/],
    ['Estoy muy decepcionado', /frustrated/],
    ['my dog has eaten rat poison', /urgent/],
    ['Mon chien a mangé du chocolat', /urgent/],
    ["I'm stuck in the lift", /urgent/],
    ['my child has gone missing in the store', /urgent/],
    ['I burnt my hand on the coffee machine', /urgent/],
    ["you didn't answer my question", /asked before/],
    ['Das beantwortet meine Frage nicht', /asked before/],
    ['Ça ne répond pas à ma question', /asked before/],
  ])('hands over on the general cue in "%s"', async (line, reason) => {
    const r = await first(line);
    expect(r.escalations).toHaveLength(1);
    expect(r.escalations[0]).toMatch(reason);
  });

  it.each([
    'How do I get a refund?',
    'does anyone there speak polish?',
    "I don't need a human, just tell me your opening hours",
    'what should I do in an emergency?',
    'what brand are the panels you use?',
    'How can I make a complaint?',
    'Do you refund the deposit if I cancel?',
    'Is the price locked in for a year?',
    'Does the insurance cover accidents?',
    'Wie kann ich eine Beschwerde einreichen?',
    'I was billed monthly, can I switch to yearly?',
    'Can I appeal if my claim is rejected?',
    'Does the policy cover a broken leg?',
    'Is my dog covered if hit by a car?',
    '¿Cubre el seguro una pierna rota?',
    'How do I get my money back for a return?',
    'Is there a money-back guarantee?',
    'I lost my card, what should I do?',
    'What happens if I am stranded abroad?',
    "How do I complain if I'm not satisfied with a course?",
    'my order arrived broken, can I return it?',
    'Will I be charged if I cancel?',
    'Do you answer emails on weekends?',
    'Hoe kan ik contact opnemen?',
  ])('answers rather than hands over: "%s"', async (line) => {
    expect((await first(line)).escalations).toEqual([]);
  });

  it('asks for the email before handing over when it is missing, and still escalates', async () => {
    const [, r] = await converse(makeBot(), [
      ['My parcel arrived broken'],
      ['human please', { name: 'Maria' }],
    ]);
    expect(r?.act).toMatchObject({ handedOver: true, asked: 'email' });
    expect(r?.escalations).toHaveLength(1);
  });

  it('tells the visitor where the team will reply when the email is known', async () => {
    const contact = { name: 'Maria Garcia', email: 'maria@example.com' };
    const [, r] = await converse(makeBot(), [
      ['My parcel is late', contact],
      ['can I talk to someone?', contact],
    ]);
    expect(r?.text).toContain('maria@example.com');
    expect(r?.act.asked).toBeUndefined();
  });

  it('escalates after two messages in a row it could not answer', async () => {
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
    expect(replies[0]?.act.offeredPerson).toBe(true);
    expect(replies[1]?.escalations).toEqual(['The visitor accepted the offer to talk to a person.']);
  });

  it('reads back the email it asked for after handing over, and asks for nothing more', async () => {
    const replies = await converse(makeBot(), [
      ['My parcel arrived broken'],
      ['human please'],
      ['maria@example.com', { email: 'maria@example.com' }],
    ]);
    expect(replies[2]?.act.readBack).toBe('maria@example.com');
    expect(replies[2]?.act.asked).toBeUndefined();
    expect(replies[2]?.escalations).toEqual([]);
  });
});

describe('intake engine: memory', () => {
  it('decides from what earlier turns recorded, not from how they were worded', async () => {
    const messages: EngineTurn[] = [
      { type: 'user', text: 'My parcel arrived broken', createdAt: 0 },
      { type: 'bot', text: '…', createdAt: 1, act: { asked: 'name', issueKnown: true } },
      { type: 'user', text: 'Maria', createdAt: 2 },
    ];
    const r = await reply(makeBot(), messages, { name: 'Maria' });
    expect(r.act).toMatchObject({ welcomed: 'Maria', asked: 'email' });
  });

  it('takes a turn that recorded nothing as a turn that did nothing known', async () => {
    const messages: EngineTurn[] = [
      { type: 'user', text: 'Do you sell gift cards?', createdAt: 0 },
      { type: 'bot', text: 'Shall I pass this to a person on our team?', createdAt: 1 },
      { type: 'user', text: 'yes please', createdAt: 2 },
    ];
    expect((await reply(makeBot(), messages)).escalations).toEqual([]);
  });
});

describe('intake engine: manners', () => {
  it("uses the bot's name and the visitor's first name", async () => {
    const r = await first('Hi, I am Maria, when are you open?', makeBot(), { name: 'Maria Lopez' });
    expect(r.act.introduced).toBe(true);
    expect(r.text).toMatch(/Ava/);
    expect(r.text).toMatch(/Maria\b/);
    expect(r.text).not.toMatch(/Lopez/);
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
      'My card was charged',
      'The box was empty',
      'Wrong size sent',
    ];
    const texts = await Promise.all(issues.map(async (line) => (await first(line)).act.phrases?.join()));
    expect(new Set(texts).size).toBeGreaterThan(1);
  });

  it('never repeats a wording of its previous reply', async () => {
    const replies = await converse(makeBot(), [
      ['My parcel never arrived'],
      ['And the last box I got was damaged'],
      ['Also the invoice had the wrong address on it'],
    ]);
    for (let i = 1; i < replies.length; i++)
      for (const phrase of replies[i]?.act.phrases ?? [])
        expect(replies[i - 1]?.act.phrases ?? []).not.toContain(phrase);
  });

  it('stops streaming as soon as the visitor goes away', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await reply(
      makeBot(),
      [{ type: 'user', text: 'human please', createdAt: 0 }],
      {},
      {
        signal: controller.signal,
      },
    );
    expect(r.tokens).toEqual([]);
    expect(r.escalations).toEqual([]);
  });
});

describe('intake engine: reading what the visitor means', () => {
  it.each(['i need help', 'Can you help me?', 'I have a question', 'hello, I have a problem'])(
    'asks what is going on after "%s", without asking for a name',
    async (line) => {
      const r = await first(line);
      expect(r.act.asked).toBe('issue');
      expect(r.act.unknown).toBeUndefined();
    },
  );

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
      expect(replies[3]?.act.unknown).toBeUndefined();
      expect(replies[3]?.act.asked).not.toBe('issue');
    },
  );

  it('asks what else after a plain "yes" to "anything else?"', async () => {
    const contact = { name: 'Maria Garcia', email: 'maria@example.com' };
    const messages: EngineTurn[] = [
      { type: 'user', text: 'How long does shipping take?', createdAt: 0 },
      { type: 'bot', text: '…', createdAt: 1, act: { asked: 'more', issueKnown: true } },
      { type: 'user', text: 'yes', createdAt: 2 },
    ];
    expect((await reply(makeBot(), messages, contact)).act.asked).toBe('issue');
  });

  it('does not take a question without a topic for an unknown one when nothing was asked before', async () => {
    const r = await first('how are you?');
    expect(r.act.unknown).toBeUndefined();
    expect(entries(r)).toEqual([]);
  });

  it('still reads a problem told in small words and a glossary phrase as an issue', async () => {
    const r = await first("it doesn't work");
    expect(r.act.issueKnown).toBe(true);
  });

  it('does not take a message that only gives the name as an issue', async () => {
    const [, r] = await converse(makeBot(), [
      ['hi'],
      ['great. I am Kenji Watanabe', { name: 'Kenji Watanabe' }],
    ]);
    expect(r?.act.welcomed).toBe('Kenji');
    expect(r?.act.unknown).toBeUndefined();
    expect(r?.act.asked).not.toBe('email');
  });
});
