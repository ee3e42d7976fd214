/**
 * `extractContact`: the visitor's name, e-mail and phone from a chat transcript.
 *
 * The transcript is read turn by turn. A bot turn sets the context (what it asked
 * for, its own name); a user turn yields candidates (see `name.ts`, `email.ts`,
 * `phone.ts`) that are classified as the visitor's own, someone else's or ruled out
 * (`mention-context.ts`). Then the latest of the visitor's own values wins, so a
 * correction replaces what it corrects.
 */
import { lowerKeepingOffsets } from '../language/phrase-set.js';
import { type ContactField, readBotTurn } from './bot-context.js';
import { CONFIRMATIONS, CORRECTIONS, UNCERTAIN } from './cues.js';
import { findEmails, findSpelledOut } from './email.js';
import { correctEmail } from './email-correction.js';
import { classifyMention } from './mention-context.js';
import { findNames, type NameCandidate, type NamePart } from './name.js';
import { presentName } from './name-casing.js';
import { isRoleMailbox, MACHINE_MAILBOX, readPastedMail } from './pasted-mail.js';
import { countryFromEmail, findPhones } from './phone.js';
import { foldText, maskSpans } from './text.js';

export interface ChatTurn {
  type: 'user' | 'bot';
  text: string;
}

export interface Contact {
  name?: string;
  email?: string;
  /** E.164, e.g. "+447911123456". */
  phone?: string;
}

interface Mention {
  value: string;
  turn: number;
  role: 'own' | 'other' | 'rejected';
  claimed: boolean;
  /** Claimed in the visitor's words ("my email is"), not only as the answer to a question. */
  stated?: boolean;
  correction: boolean;
  preferred: boolean;
}

interface NameEvent extends NameCandidate {
  turn: number;
}

/** Something of an address: "@", "me.com", "yossi_peretz". */
const ADDRESSY = /@|[\p{L}\p{N}][._][\p{L}\p{N}]/u;
const EMAIL_WORDS = /\be-?mail|\bmail\b|\baddress\b|\bcontact\b|\breach me\b|\bcorreo\b|\bcourriel\b/i;

const NAME_ASKS: readonly [ContactField, NamePart][] = [
  ['name', 'full'],
  ['givenName', 'given'],
  ['familyName', 'family'],
];

/**
 * Extracts the visitor's contact details from a transcript. Pure, deterministic and
 * never throws: anything it cannot read is simply left out.
 *
 * @example
 * extractContact([
 *   { type: 'bot', text: "Hi, I'm Ava! What's your name?" },
 *   { type: 'user', text: 'maria garcia' },
 *   { type: 'bot', text: 'Thanks Maria! And your email?' },
 *   { type: 'user', text: 'sorry, it is maria dot garcia at gmail dot com' },
 * ]); // { name: "Maria Garcia", email: "maria.garcia@gmail.com" }
 */
export function extractContact(messages: readonly ChatTurn[]): Contact {
  try {
    return extract(messages);
  } catch {
    return {};
  }
}

function extract(messages: readonly ChatTurn[]): Contact {
  let asks: Set<ContactField> = new Set();
  const botNames = new Set<string>();
  const botWords = new Set<string>();
  const userWords = new Set<string>();
  const botEmails = new Set<string>();
  const emails: Mention[] = [];
  const phones: Mention[] = [];
  const names: NameEvent[] = [];
  let lastGiven: NamePart | undefined;
  let lastBotEmail: string | undefined;
  let lastBotQuestion: string | undefined;

  messages.forEach((message, turn) => {
    if (typeof message?.text !== 'string') return;
    const folded = foldText(message.text);
    if (message.type === 'bot') {
      const reading = readBotTurn(message.text);
      asks = new Set(reading.asks);
      for (const name of reading.selfNames) botNames.add(name);
      for (const word of reading.mentioned) if (!userWords.has(word)) botWords.add(word);
      lastBotEmail = undefined;
      lastBotQuestion = /[?？؟]/u.test(folded) ? folded : undefined;
      for (const mention of findEmails(folded)) {
        if (!emails.some((email) => email.value === mention.address)) botEmails.add(mention.address);
        // An address the bot reads back ("I have ana@x.com, right?", "Noted: ana@x.com") may be
        // corrected next.
        lastBotEmail = mention.address;
      }
      return;
    }
    if (message.type !== 'user') return;

    const spans: [number, number][] = [];
    const expectsEmail = asks.has('email') || EMAIL_WORDS.test(folded);
    const found = findEmails(folded).filter((mention) => expectsEmail || mention.spelled !== 'at');
    // Each address is read with the others blanked out: "from old.me@x.com to new@y.com"
    // must not read "old" as a word about the second address.
    const blanked = maskSpans(
      folded,
      found.map((mention) => [mention.start, mention.end]),
    );
    let lastEmailAt = -1;
    if (asks.has('email')) {
      // "obinna underscore eze at yahoo dot com" first reads as "eze@yahoo.com": the spelled
      // reading, longer and ending the same, is the address meant.
      const spelled = findSpelledOut(folded)[0];
      const typed = found[0];
      if (
        spelled &&
        (!typed || (spelled.address.endsWith(typed.address) && spelled.address !== typed.address))
      )
        found.splice(0, found.length, spelled);
    }
    const ownMention = (value: string) => ({
      value,
      turn,
      role: 'own' as const,
      claimed: true,
      correction: true,
      preferred: false,
    });
    const opening = /^[\s"'“(]*/u.exec(folded)?.[0].length ?? 0;
    if (
      found.length === 0 &&
      lastBotQuestion &&
      CONFIRMATIONS.matchAt(lowerKeepingOffsets(folded), opening)
    ) {
      // "Did you mean farah@gmail.com?" "yes that's it"; "Did you mean outlook.com?" "yes".
      const current = ownEmail(emails, botEmails);
      const confirmed = lastBotEmail ?? (current ? correctEmail(current, lastBotQuestion, true) : undefined);
      if (confirmed) emails.push(ownMention(confirmed));
    } else if (found.length === 0) {
      // No whole address: perhaps a part of the last one corrected ("gmail not gmx").
      const current = ownEmail(emails, botEmails) ?? lastBotEmail;
      const corrected = current ? correctEmail(current, folded) : undefined;
      if (corrected) {
        emails.push({
          value: corrected,
          turn,
          role: 'own',
          claimed: true,
          correction: true,
          preferred: false,
        });
        lastEmailAt = 0;
      }
    }
    for (const mention of found) {
      const context = classifyMention(blanked, mention.start, mention.end);
      const local = mention.address.slice(0, mention.address.indexOf('@'));
      const answer = lastEmailAt < 0 && asks.has('email') && context.role === 'own' && !isRoleMailbox(local);
      emails.push({
        value: mention.address,
        turn,
        ...context,
        stated: context.claimed,
        claimed: context.claimed || answer,
      });
      spans.push([mention.start, mention.end]);
      lastEmailAt = mention.start;
    }
    const last = found.at(-1);
    if (last) {
      // "tom@bt.com — oh actually it's .co.uk not .com": corrected in the same breath.
      const rest = folded.slice(last.end);
      const corrected = CORRECTIONS.test(rest) ? correctEmail(last.address, rest) : undefined;
      if (corrected) emails.push(ownMention(corrected));
    }
    // "it's a@x.com or b@x.com, can't remember", "not sure, let me check": nothing is certain;
    // nor is "no wait it's kemi.ade@" — a correction cut off before its domain.
    const broken = /[\p{L}\p{N}._-]@(?![\p{L}\p{N}])/gu;
    const lastBroken = [...folded.matchAll(broken)].at(-1)?.index ?? -1;
    const cutOff = CORRECTIONS.test(folded) && lastBroken > (found.at(-1)?.end ?? -1);
    // Doubt about an address ("icloud or me.com, I don't remember") also when it is only named.
    const aboutAddress = emails.length > 0 && (ADDRESSY.test(folded) || ADDRESSY.test(lastBotQuestion ?? ''));
    if (
      cutOff ||
      (UNCERTAIN.test(folded) && (found.length > 0 || asks.has('email') || lastBotEmail || aboutAddress))
    ) {
      for (const mention of emails) mention.role = 'rejected';
    }

    const country = countryFromEmail(ownEmail(emails, botEmails));
    for (const mention of findPhones(folded, { phoneContext: asks.has('phone'), country })) {
      const context = classifyMention(folded, mention.start, mention.end);
      phones.push({ value: mention.number, turn, ...context });
      spans.push([mention.start, mention.end]);
    }

    const masked = maskSpans(folded, spans);
    const mail = readPastedMail({
      text: message.text,
      folded,
      masked,
      found,
      emails: emails.filter((mention) => mention.turn === turn),
      botEmails,
    });
    const ownEnd = mail.ownEnd;
    for (const name of mail.names)
      names.push({
        tokens: name.tokens,
        part: 'full',
        cue: 'announcement',
        start: name.start,
        correction: false,
        turn,
      });
    const asked = NAME_ASKS.find(([field]) => asks.has(field))?.[1];
    const contactAsked = asked === undefined && (asks.has('email') || asks.has('phone'));
    // A quoted or forwarded mail below the visitor's own words signs with someone else's name.
    const own = ownEnd;
    const candidates = findNames(message.text.slice(0, own), masked.slice(0, own), {
      asked,
      lastGiven,
      contactAsked,
    }).filter(
      (candidate) =>
        !isBotName(candidate.tokens, botNames) &&
        !(candidate.cue === 'signoff' && isBotWord(candidate.tokens, botWords)),
    );
    for (const candidate of candidates) names.push({ ...candidate, turn });

    const lastName = candidates.at(-1);
    if (lastName && lastName.start > lastEmailAt) lastGiven = lastName.part;
    else if (lastEmailAt >= 0) lastGiven = undefined;
    // An answered question is closed; an unanswered one still frames the next message.
    if (candidates.length > 0) for (const [field] of NAME_ASKS) asks.delete(field);
    if (lastEmailAt >= 0) asks.delete('email');
    for (const word of folded.toLowerCase().match(/[\p{L}\p{M}'-]+/gu) ?? []) userWords.add(word);
  });

  const contact: Contact = {};
  const name = resolveName(names, botNames);
  const email = ownEmail(emails, botEmails);
  const phone = latestOwn(phones, () => true);
  if (name) contact.name = name;
  if (email) contact.email = email;
  if (phone) contact.phone = phone;
  return contact;
}

function isBotName(tokens: readonly string[], botNames: ReadonlySet<string>): boolean {
  const lower = tokens.map((token) => token.toLowerCase());
  return botNames.has(lower.join(' ')) || lower.every((token) => botNames.has(token));
}

function isBotWord(tokens: readonly string[], botWords: ReadonlySet<string>): boolean {
  return botWords.has((tokens[0] ?? '').toLowerCase());
}

/** The visitor's e-mail: the latest own address that was never disowned. */
function ownEmail(emails: readonly Mention[], botEmails: ReadonlySet<string>): string | undefined {
  return latestOwn(emails, (mention) => {
    const local = mention.value.slice(0, mention.value.indexOf('@'));
    if (MACHINE_MAILBOX.test(local)) return false;
    if (mention.claimed) return true;
    return !botEmails.has(mention.value) && !isRoleMailbox(local);
  });
}

/**
 * The latest turn's own value; within one message the first, unless a later one is
 * a correction ("a@x.com, sorry, I meant b@x.com") or named as where to answer
 * ("I'm writing from a@work.com, reply to b@home.com"). A value once said to be someone
 * else's or ruled out stays out unless the visitor later claims it.
 */
function latestOwn(
  mentions: readonly Mention[],
  eligible: (mention: Mention) => boolean,
): string | undefined {
  const status = new Map<string, Mention['role']>();
  for (const mention of mentions) {
    if (mention.role !== 'own' || mention.claimed || !status.has(mention.value)) {
      status.set(mention.value, mention.role);
    }
  }
  const own = mentions.filter(
    (mention) => status.get(mention.value) === 'own' && mention.role === 'own' && eligible(mention),
  );
  const lastTurn = own.at(-1)?.turn;
  const inTurn = own.filter((mention) => mention.turn === lastTurn);
  return (
    inTurn.filter((mention) => mention.correction).at(-1) ??
    inTurn.find((mention) => mention.preferred) ??
    inTurn.find((mention) => mention.stated) ??
    inTurn[0]
  )?.value;
}

/**
 * Folds the name events in order. A full name replaces what came before; a given or
 * family name replaces that part (so "first name?" "Maria", "last name?" "Garcia"
 * gives "Maria Garcia", and "sorry, Kowalski" fixes only the surname). Sign-offs
 * count only when nothing else named the visitor.
 */
function resolveName(events: readonly NameEvent[], botNames: ReadonlySet<string>): string | undefined {
  const regular = events.filter((event) => event.cue !== 'signoff');
  const chosen = pickPerTurn(
    regular.length > 0 ? regular : events.filter((event) => event.cue === 'signoff'),
  );
  let full: string[] | undefined;
  let given: string[] | undefined;
  let family: string[] | undefined;
  for (const event of chosen) {
    // One word alone is a given name, but not in Chinese, Japanese or Korean ("黄嘉欣").
    const single =
      event.tokens.length === 1 && !/^[\p{Script=Han}\p{Script=Hangul}]+$/u.test(event.tokens[0] ?? '');
    const part = event.part === 'full' && single ? 'given' : event.part;
    if (part === 'full') {
      full = event.tokens;
      given = undefined;
      family = undefined;
    } else if (part === 'given') {
      if (full) full = [...event.tokens, ...full.slice(1)];
      else given = event.tokens;
    } else if (full) {
      full = [...full.slice(0, 1), ...event.tokens];
    } else {
      family = event.tokens;
    }
  }
  const tokens = full ?? [...(given ?? []), ...(family ?? [])];
  if (tokens.length === 0 || isBotName(tokens, botNames)) return undefined;
  return presentName(tokens);
}

/** One event per turn and part: the first, unless a later one corrects it. */
function pickPerTurn(events: readonly NameEvent[]): NameEvent[] {
  const chosen = new Map<string, NameEvent>();
  for (const event of events) {
    const key = `${event.turn}:${event.part}`;
    const current = chosen.get(key);
    if (
      !current ||
      (event.correction && !current.correction) ||
      (event.correction && event.start > current.start)
    ) {
      chosen.set(key, event);
    }
  }
  return [...chosen.values()].sort((a, b) => a.turn - b.turn || a.start - b.start);
}
