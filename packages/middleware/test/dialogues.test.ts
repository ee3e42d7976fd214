import type { Bot, Contact, ConversationSummary } from '@supportbridge/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BOT } from '../../../examples/express-app/src/demo-bot.js';
import type { BotTurnAct, Engine, EngineTurn } from '../src/engines/engine.js';
import { createIntakeEngine, intakeEngine } from '../src/engines/intake/intake-engine.js';
import { isThanks } from '../src/engines/intake/signals.js';
import { extractContact } from '../src/extraction/extract-contact.js';
import type { LanguagePack, PhraseKey, Phrases } from '../src/language/intake-data.js';
import { ALL_LANGUAGE_PACKS } from '../src/language/languages.js';
import { ruleSummarizer } from '../src/summary/rule-summarizer.js';
import { DIALOGUES, type Dialogue } from './fixtures/dialogues.js';

// The demo shop's bot, as the demo seeds it. The widget shows its greeting without storing
// it, so a transcript starts with the visitor's first message, as over HTTP.
const bot: Bot = {
  ...DEMO_BOT,
  id: 'bot_demo',
  model: DEMO_BOT.model ?? 'intake',
  idleMinutes: 15,
  createdAt: 0,
  updatedAt: 0,
};

interface Turn {
  user: string;
  bot: string;
  act: BotTurnAct;
  escalations: string[];
  /** What the engine knew about the visitor when it replied. */
  contact: Contact;
}
interface Played {
  dialogue: Dialogue;
  turns: Turn[];
  contact: Contact;
  summary: ConversationSummary;
}

/**
 * Plays a dialogue the way the conversation routes do: extract, reply, store the act,
 * escalate, summarize. `contacts` replays the contact another run extracted, turn by turn.
 */
async function play(
  dialogue: Dialogue,
  engine: Engine = intakeEngine,
  contacts?: Contact[],
): Promise<Played> {
  const messages: EngineTurn[] = [];
  const turns: Turn[] = [];
  let escalation: { reason: string } | undefined;
  for (const [i, line] of dialogue.lines.entries()) {
    messages.push({ type: 'user', text: line, createdAt: messages.length * 1000 });
    const contact = contacts?.[i] ?? extractContact(messages);
    let text = '';
    let act: BotTurnAct = {};
    const escalations: string[] = [];
    for await (const event of engine.respond({ bot, messages, contact })) {
      if (event.type === 'token') text += event.token;
      else if (event.type === 'act') act = event.act;
      else escalations.push(event.reason);
    }
    if (escalations[0]) escalation = { reason: escalations[0] };
    messages.push({ type: 'bot', text, createdAt: messages.length * 1000, act });
    turns.push({ user: line, bot: text, act, escalations, contact });
  }
  const contact = extractContact(messages);
  const summary = await ruleSummarizer.summarize({
    botName: bot.name ?? 'Assistant',
    messages,
    contact,
    ...(escalation && { escalation }),
  });
  return { dialogue, turns, contact, summary };
}

let played: Played[] = [];
beforeAll(async () => {
  played = await Promise.all(DIALOGUES.map((dialogue) => play(dialogue)));
});
const each = (check: (p: Played) => void) => {
  for (const p of played) check(p);
};
const handoverAnnounced = (act: BotTurnAct) => (act.phrases ?? []).some((p) => p.startsWith('handover'));

describe('dialogues with the demo bot: manners', () => {
  it('never introduces itself after the greeting that named it', () =>
    each(({ turns }) => {
      for (const turn of turns) expect(turn.act.introduced).toBeUndefined();
    }));

  it('never asks for a detail it already has, nor for one detail more than twice', () =>
    each(({ dialogue, turns }) => {
      for (const field of ['name', 'email'] as const) {
        const asks = turns.filter((turn) => turn.act.asked === field);
        for (const turn of asks) expect(turn.contact[field], `${dialogue.id}: ${turn.user}`).toBeUndefined();
        expect(asks.length, dialogue.id).toBeLessThanOrEqual(2);
      }
    }));

  it('asks for the email only once it has the name or has asked for it, unless handing over', () =>
    each(({ dialogue, turns }) => {
      const email = turns.findIndex((turn) => turn.act.asked === 'email' && !turn.act.handedOver);
      if (email < 0) return;
      const nameAsked = turns.slice(0, email).some((turn) => turn.act.asked === 'name');
      expect(nameAsked || Boolean(turns[email]?.contact.name), dialogue.id).toBe(true);
    }));

  it('says goodbye to a visitor who closes, without asking anything more', () =>
    each(({ dialogue, turns }) => {
      for (const turn of turns.filter((t) => isThanks(t.user))) {
        expect(turn.act.asked, `${dialogue.id}: ${turn.user}`).toBeUndefined();
        expect(turn.act.offeredPerson, `${dialogue.id}: ${turn.user}`).toBeUndefined();
      }
    }));

  it('never uses a wording of its previous reply again', () =>
    each(({ dialogue, turns }) => {
      for (let i = 1; i < turns.length; i++)
        for (const phrase of turns[i]?.act.phrases ?? [])
          expect(turns[i - 1]?.act.phrases ?? [], `${dialogue.id}: ${phrase}`).not.toContain(phrase);
    }));

  it('hears a confirmation as a confirmation, not as something it cannot answer', () =>
    each(({ dialogue, turns }) => {
      for (const turn of turns.filter((t) => /^(?:yes|yep|correct)\b.{0,20}$/i.test(t.user)))
        expect(turn.act.unknown, `${dialogue.id}: ${turn.user}`).toBeUndefined();
    }));

  it('announces a hand-over once', () =>
    each(({ dialogue, turns }) => {
      expect(turns.filter((turn) => handoverAnnounced(turn.act)).length, dialogue.id).toBeLessThanOrEqual(1);
    }));

  it('answers a described problem or offers a person, never only takes a note', () =>
    each(({ dialogue, turns }) => {
      for (const turn of turns.filter((t) => t.act.unknown))
        expect(turn.act.offeredPerson || turn.act.handedOver, `${dialogue.id}: ${turn.user}`).toBe(true);
    }));
});

describe('dialogues with the demo bot: knowledge', () => {
  it('gives each question the entry that covers it', () =>
    each(({ dialogue, turns }) => {
      if (dialogue.expect.answers === undefined) return;
      const given = turns.flatMap((turn) => turn.act.answered?.map((a) => a.entry) ?? []);
      expect(given, dialogue.id).toContain(dialogue.expect.answers);
    }));

  it.each<[string, Partial<BotTurnAct> & { entry?: number }]>([
    ['where is my order', { entry: 6 }],
    ['Do you deliver to the UK?', { entry: 2 }],
    ['How much is the shipping to France?', { entry: 1 }],
    ['Can I cancel my order? I placed it by mistake', { entry: 8 }],
    ['Is your coffee organic?', { unknown: true, offeredPerson: true }],
    [
      'Hi, does your decaf contain any nuts? My son has a nut allergy',
      { unknown: true, offeredPerson: true },
    ],
    ['I was charged 49.90 euros but the order total was 39.90', { unknown: true, offeredPerson: true }],
    [
      'Hello sir, I am order coffee beans 2 week ago but still not coming',
      { unknown: true, offeredPerson: true },
    ],
    ['i need help', { asked: 'issue' }],
    ['hi ava', { asked: 'issue' }],
  ])('reads "%s" right', async (line, expected) => {
    const { turns } = await play({ id: line, lines: [line], expect: {} });
    const act = turns[0]?.act ?? {};
    const { entry, ...rest } = expected;
    if (entry !== undefined) expect(act.answered?.map((a) => a.entry)).toEqual([entry]);
    else expect(act.answered).toBeUndefined();
    expect(act).toMatchObject(rest);
  });
});

describe('dialogues with the demo bot: the email to the team', () => {
  it('extracts the visitor’s own name and address, never a colleague’s or the bot’s', () =>
    each(({ dialogue, contact }) => {
      const { name, email } = dialogue.expect;
      if (name !== undefined) expect(contact.name ?? null, dialogue.id).toBe(name);
      if (email !== undefined) expect(contact.email ?? null, dialogue.id).toBe(email);
    }));

  it('starts the subject with the visitor’s name when one was given, and names the topic', () =>
    each(({ dialogue, contact, summary }) => {
      const who = contact.name ?? contact.email ?? 'Visitor';
      expect(summary.title.startsWith(`${who}: `), `${dialogue.id}: ${summary.title}`).toBe(true);
      const what = summary.title.slice(who.length + 2);
      if (dialogue.expect.topic) expect(what, dialogue.id).toMatch(dialogue.expect.topic);
      // A greeting, an address or a lone word is not a topic.
      expect(what, dialogue.id).not.toMatch(/^(?:hi|hello|helo|hey|hola|hallo|bonjour|sir|ava)\b|\(\s*\)/i);
      expect(what.split(/\s+/).length, `${dialogue.id}: ${what}`).toBeGreaterThan(1);
    }));

  it('lists order numbers, amounts and phones as facts, and no durations as dates', () =>
    each(({ dialogue, summary }) => {
      const facts = summary.facts.map((fact) => `${fact.kind}:${fact.value}`);
      for (const fact of dialogue.expect.facts ?? []) expect(facts, dialogue.id).toContain(fact);
      for (const fact of summary.facts.filter((f) => f.kind === 'date'))
        expect(fact.value, dialogue.id).not.toMatch(
          /^(?:\d+\s)?(?:hours?|days?|weeks?|months?|minutes?)(?: ago)?$/i,
        );
      if (dialogue.expect.name)
        for (const part of dialogue.expect.name.split(' '))
          expect(facts, dialogue.id).not.toContain(`product:${part}`);
    }));

  it('quotes as the bot’s answer only the knowledge a turn recorded giving', () =>
    each(({ dialogue, turns, summary }) => {
      const given = turns.flatMap((turn) => turn.act.answered?.map((a) => a.text) ?? []);
      if (summary.botAnswer)
        expect(given.join(' '), dialogue.id).toContain(summary.botAnswer.replace(/…$/, ''));
      else expect(given, dialogue.id).toEqual([]);
    }));

  it('records an escalation when the visitor asked for a person or lost patience', () =>
    each(({ dialogue, summary }) => {
      if (dialogue.expect.escalated) expect(summary.escalation, dialogue.id).toBeDefined();
    }));
});

/** Every sentence of a pack replaced by a marker that keeps only its placeholders. */
function reworded(pack: LanguagePack): LanguagePack {
  const phrases = Object.fromEntries(
    Object.entries(pack.phrases).map(([key, variants]) => [
      key,
      (variants as string[]).map((v, i) => `[${key} ${i}${(v.match(/\{[^}]+\}/g) ?? []).join(' ')}]`),
    ]),
  ) as Record<PhraseKey, string[]>;
  return { ...pack, phrases: phrases as Phrases };
}

describe('dialogues with the demo bot: wording is not state', () => {
  it('decides the same when every sentence the bot can say is reworded', async () => {
    const rewordedEngine = createIntakeEngine({ languages: ALL_LANGUAGE_PACKS.map(reworded) });
    for (const original of played) {
      const contacts = original.turns.map((turn) => turn.contact);
      const again = await play(original.dialogue, rewordedEngine, contacts);
      expect(
        again.turns.map((turn) => turn.bot),
        original.dialogue.id,
      ).not.toEqual(original.turns.map((turn) => turn.bot));
      expect(
        again.turns.map(({ act, escalations }) => ({ act, escalations })),
        original.dialogue.id,
      ).toEqual(original.turns.map(({ act, escalations }) => ({ act, escalations })));
    }
  });
});
