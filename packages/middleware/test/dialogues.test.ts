import type { Bot, Contact, ConversationSummary } from '@supportbridge/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BOT } from '../../../examples/express-app/src/demo-bot.js';
import type { EngineTurn } from '../src/engines/engine.js';
import { intakeEngine } from '../src/engines/intake/intake-engine.js';
import { isThanks } from '../src/engines/intake/signals.js';
import { extractContact } from '../src/extraction/extract-contact.js';
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

interface Played {
  dialogue: Dialogue;
  turns: { user: string; bot: string }[];
  contact: Contact;
  summary: ConversationSummary;
}

/** Plays a dialogue the way the conversation routes do: extract, reply, escalate, summarize. */
async function play(dialogue: Dialogue): Promise<Played> {
  const messages: EngineTurn[] = [];
  const turns: Played['turns'] = [];
  let escalation: { reason: string } | undefined;
  for (const line of dialogue.lines) {
    messages.push({ type: 'user', text: line, createdAt: messages.length * 1000 });
    let text = '';
    for await (const event of intakeEngine.respond({ bot, messages, contact: extractContact(messages) })) {
      if (event.type === 'token') text += event.token;
      else escalation = { reason: event.reason };
    }
    messages.push({ type: 'bot', text, createdAt: messages.length * 1000 });
    turns.push({ user: line, bot: text });
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

const asksName = (text: string) => /\byour (?:full |first )?name\b[^.!?]*\?/i.test(text);
const asksEmail = (text: string) => /\be-?mail\b[^.!?]*\?/i.test(text);

let played: Played[] = [];
beforeAll(async () => {
  played = await Promise.all(DIALOGUES.map(play));
});
const each = (check: (p: Played) => void) => {
  for (const p of played) check(p);
};

describe('dialogues with the demo bot: manners', () => {
  it('never introduces itself again after the greeting that named it', () =>
    each(({ turns }) => {
      for (const turn of turns) expect(turn.bot).not.toMatch(/\bI'm Ava\b/);
    }));

  it('never asks for a detail it already has, nor for one detail more than twice', () =>
    each(({ dialogue, turns }) => {
      const messages: { type: 'user' | 'bot'; text: string }[] = [];
      let nameAsks = 0;
      let emailAsks = 0;
      for (const turn of turns) {
        messages.push({ type: 'user', text: turn.user });
        const known = extractContact(messages);
        if (asksName(turn.bot)) {
          nameAsks++;
          expect(known.name, `${dialogue.id}: ${turn.bot}`).toBeUndefined();
        }
        if (asksEmail(turn.bot)) {
          emailAsks++;
          expect(known.email, `${dialogue.id}: ${turn.bot}`).toBeUndefined();
        }
        messages.push({ type: 'bot', text: turn.bot });
      }
      expect(nameAsks, dialogue.id).toBeLessThanOrEqual(2);
      expect(emailAsks, dialogue.id).toBeLessThanOrEqual(2);
    }));

  it('asks for the name before the email, so a late name is never left unread', () =>
    each(({ dialogue, turns }) => {
      const firstEmailAsk = turns.findIndex(
        (turn) => asksEmail(turn.bot) && !/before I do|so they can/i.test(turn.bot),
      );
      const nameAsk = turns.findIndex((turn) => asksName(turn.bot));
      if (firstEmailAsk >= 0 && nameAsk >= 0) expect(nameAsk, dialogue.id).toBeLessThan(firstEmailAsk);
    }));

  it('says goodbye to a visitor who closes, without another question', () =>
    each(({ dialogue, turns }) => {
      for (const turn of turns.filter((t) => isThanks(t.user)))
        expect(turn.bot, `${dialogue.id}: ${turn.user}`).not.toMatch(/\?\s*$/);
    }));

  it('does not call a statement a good question, nor note a bare name as an issue', () =>
    each(({ dialogue, turns, contact }) => {
      for (const turn of turns) {
        if (!turn.user.includes('?')) expect(turn.bot, dialogue.id).not.toMatch(/Good question/);
        if (contact.name && turn.user.trim() === contact.name)
          expect(turn.bot, dialogue.id).not.toMatch(/noted|note of that|passed that on/);
      }
    }));

  it('never says a sentence of its previous reply again', () =>
    each(({ dialogue, turns }) => {
      // Sentences of a few words; an address read back ("…@x.com.") is not one.
      const sentencesOf = (text = '') =>
        (text.replace(/\S+@\S+/g, 'ADDRESS').match(/[^.!?]+[.!?]/g) ?? [])
          .map((s) => s.trim())
          .filter((s) => s.split(/\s+/).length >= 3 && !s.includes('ADDRESS'));
      for (let i = 1; i < turns.length; i++)
        for (const sentence of sentencesOf(turns[i]?.bot))
          expect(sentencesOf(turns[i - 1]?.bot), `${dialogue.id}: ${sentence}`).not.toContain(sentence);
    }));

  it('hears a confirmation as a confirmation, not as an issue to note', () =>
    each(({ dialogue, turns }) => {
      for (const turn of turns.filter((t) => /^(?:yes|yep|correct)\b.{0,20}$/i.test(t.user)))
        expect(turn.bot, `${dialogue.id}: ${turn.user}`).not.toMatch(/noted|note of that|passed that on/);
    }));

  it('announces a hand-over once', () =>
    each(({ dialogue, turns }) => {
      const handovers = turns.filter((turn) =>
        /handing this over|passing this to|getting a person/i.test(turn.bot),
      );
      expect(handovers.length, dialogue.id).toBeLessThanOrEqual(1);
    }));
});

describe('dialogues with the demo bot: knowledge', () => {
  it('answers each question from the entry that covers it', () =>
    each(({ dialogue, turns }) => {
      if (dialogue.expect.answers)
        expect(turns.map((turn) => turn.bot).join('\n'), dialogue.id).toMatch(dialogue.expect.answers);
    }));

  it.each([
    ['where is my order', /tracking link/, /changed or cancelled/],
    ['Do you deliver to the UK?', /ship to the UK/, /don't|not something I know/],
    ['How much is the shipping to France?', /€4\.90 per order/, /outside Europe/],
    ['I was charged 49.90 euros but the order total was 39.90', /note/, /changed or cancelled/],
    ['Hi Ava! My bag of Kenya AA was opened when it arrived', /note/, /opening hours|Hamburg/],
    ['Hi, does your decaf contain any nuts? My son has a nut allergy', /team can help/, /Swiss Water/],
    ['Can I cancel my order? I placed it by mistake', /changed or cancelled/, /tracking link/],
    ['do you sell coffee machines?', /don't know|not something I know/, /Swiss Water/],
    ['Is your coffee organic?', /don't know|not something I know/, /Swiss Water/],
    ['can I skip one delivery?', /don't know|not something I know/, /€4\.90/],
    ['Do you deliver on Saturdays?', /./, /€4\.90/],
    ['Hello sir, I am order coffee beans 2 week ago but still not coming', /sorry/i, /Swiss Water/],
    ['i need help', /what's going on|what happened/i, /note|your name/],
    ['hi ava', /help/i, /note|passed that on/],
  ])('reads "%s" right', async (line, says, never) => {
    const { turns } = await play({ id: line, lines: [line], expect: {} });
    expect(turns[0]?.bot).toMatch(says);
    expect(turns[0]?.bot).not.toMatch(never);
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

  it('keeps read-back addresses and hand-over lines out of what the bot answered', () =>
    each(({ dialogue, summary }) => {
      expect(summary.botAnswer ?? '', dialogue.id).not.toMatch(/@|take over|Happy to help,/);
    }));

  it('records an escalation when the visitor asked for a person or lost patience', () =>
    each(({ dialogue, summary }) => {
      if (dialogue.expect.escalated) expect(summary.escalation, dialogue.id).toBeDefined();
    }));
});
