import type { Contact } from '@supportbridge/shared';
import nlp from 'compromise';
import type { SummaryTurn } from './summarizer.js';

/**
 * A greeting opening a message, in the languages and spellings visitors use, with whoever it
 * addresses: "Hi there,", "helo", "Hola!", "Hello sir,", "Hi Ava!" (a single capitalised word
 * after a greeting names the bot or the team, never the matter).
 */
const GREETING =
  /^(?:h[ei]l+o+|hi+|hey+|hiya|howdy|good (?:morning|afternoon|evening|day)|greetings|dear [\w\s]+?|hola|hallo|bonjour|salut|ciao|ol[aá]|servus|moin|guten (?:tag|morgen)|buenos d[ií]as|buenas)\b[\s,.!:;-]*(?:(?:there|team|all|everyone|sir|madam|ma'am|guys|folks)\b|\p{Lu}[\p{L}'-]*(?=\s*[,.!:;-]))?[\s,.!:;-]*/iu;
/** Emoji and pictographs: tone, not content. */
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}/gu;
const SMALL_TALK =
  /^(?:(?:ok(?:ay)?|sure|yes|yeah|yep|no|nope|thanks?(?: you)?(?: so much)?|thx|cheers|bye|great|perfect|cool|got it|that'?s (?:all|it)|gracias|merci(?: beaucoup)?|au revoir|danke(?: schön)?|tschüss|grazie|obrigad[oa]|adi[oó]s|ciao)[\s,.!]*)+$/i;
const HUMAN_ONLY =
  /^(?:(?:can|could|may) i |i (?:want|need|would like) (?:to )?)?(?:(?:talk|speak|chat) (?:to|with) )?(?:an? |the )?(?:human|real person|person|agent|representative|someone)(?: please)?[\s.!?]*$/i;
/** The words around a contact detail ("my phone number is …"): without the detail, nothing is said. */
const CONTACT_FRAMING =
  /\b(?:my|phone|mobile|number|email|e-mail|address|name|is|it's|its|call|me|at|on|you can|reach|sure|here|yes|ok)\b|[\s,.!:;-]+/gi;
const EMAIL = /[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}/gi;
/** Nine digits or more: a phone, not an order or invoice number ("2024-118", "48213"). */
const PHONE = /\+?\d[\d\s().-]{6,}\d/g;
const isPhone = (match: string) => match.replace(/\D/g, '').length >= 9;
/** What is left of a self-introduction once the name is gone: "I'm , …", "me llamo. …". */
const BARE_INTRO =
  /(?:\b(?:my name(?: is|'s)?|i am|i'm|this is|it's|call me|me llamo|mi nombre es|je m'appelle|mon nom est|ich hei(?:ß|ss)e|mein name ist|mi chiamo)|(?<![\p{L}'])je m['’]appelle)\s*(?=[,.!?;]|$|\s+and\b)/giu;
/\b(?:my name is|my name's|i am|i'm|this is|it's|call me)\s+(?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*)*[\s,.!]*/g;
const LEAD_IN =
  /^(?:i(?:'d| would) like(?: to)?|i want(?: to)?|i need(?: to)?|i(?:'m| am) (?:writing|contacting you|reaching out|here)(?: (?:about|regarding|because of|for))?|i (?:have|got|'ve got) a (?:question|problem|issue)(?: (?:about|with|regarding))?|(?:can|could) you (?:please )?help(?: me)?(?: with)?|please help(?: me)?(?: with)?|(?:can|could|may) i(?: please)?|is it possible to|i was wondering (?:if|whether)(?: i could)?|question (?:about|regarding)|regarding|about|please|just|so|get|request|ask for|have|receive|(?:talk|speak|chat) (?:to|with) (?:an? |the )?(?:real |actual |live )?(?:person|human|agent|someone|somebody)(?: about| regarding)?|(?:would|'d) like to know(?: (?:whether|if))?|(?:whether|if) you (?:offer|have|sell|do))\s+/i;

/** A clause that asks for something, preferred as the topic over one that sets the scene. */
const ASKS =
  /\b(?:would like|wondering|want to know|like to know|can (?:you|we|i)|could you|refund|cancel|change|return)\b|\?$/i;

/**
 * The message without greeting, self-introduction and contact details: what is left is the matter.
 *
 * @example
 * matterOf("Hi, I'm Maria, my order is late", { name: 'Maria' }) // 'my order is late'
 */
export function matterOf(text: string, contact: Contact): string {
  let out = text.replace(EMAIL, ' ').replace(PHONE, (match) => (isPhone(match) ? ' ' : match));
  for (const part of (contact.name ?? '').split(/\s+/).filter((p) => p.length > 1)) {
    const escaped = part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}])`, 'giu'), ' ');
  }
  out = out
    .replace(/\s+/g, ' ')
    .replace(/\(\s*\)/g, ' ')
    .replace(BARE_INTRO, '')
    .replace(/\s+([,.!?])/g, '$1');
  // "Hola! Me llamo Carlos. I want…": greetings and introductions may fill whole sentences.
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out
      .replace(GREETING, '')
      .replace(/^(?:[\s,.!:;-]+|(?:and|but|so)\s+)+/i, '')
      .trim();
  }
  return out;
}

/**
 * The visitor's messages that say what they need: not greetings, thanks, bare contact details
 * or a bare "human please".
 *
 * @example
 * substantiveTurns([{ type: 'user', text: 'hi', createdAt: 0 }, { type: 'user', text: 'Refund for 48213', createdAt: 1 }], {})
 * // ['Refund for 48213']
 */
export function substantiveTurns(messages: readonly SummaryTurn[], contact: Contact): string[] {
  return messages
    .filter((m) => m.type === 'user')
    .map((m) => matterOf(m.text, contact))
    .filter(
      (text) =>
        /\p{L}{2,}/u.test(text) &&
        !SMALL_TALK.test(text.replace(EMOJI, '').trim()) &&
        !HUMAN_ONLY.test(text) &&
        text.replace(CONTACT_FRAMING, ' ').trim().split(/\s+/).length >= 2,
    );
}

/**
 * Splits on sentence ends: punctuation followed by a capital, a quote or the end, so "€129.99",
 * "no. 7781" and "v2.1" stay whole.
 *
 * @example
 * sentences('It cost €49.90. Refund please!') // ['It cost €49.90.', 'Refund please!']
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}"“(])|(?<=[!?])\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Cuts `text` to at most `max` characters on a word boundary, ending with "…" when cut.
 *
 * @example
 * cut('refund for order 48213 and a new one', 20) // 'refund for order…'
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(1, max - 1));
  const space = room.lastIndexOf(' ');
  return `${(space > max / 3 ? room.slice(0, space) : room).replace(/[\s,;:.-]+$/, '')}…`;
}

/**
 * A short topic for a title, from the visitor's first substantive message: the first clause,
 * without lead-ins ("I'd like to get a…"), lower-cased unless it starts with a name.
 *
 * @example
 * topicOf('I want a refund for order 48213, it arrived broken') // 'refund for order 48213'
 */
export function topicOf(matter: string): string {
  const sentence = sentences(matter)[0] ?? matter;
  let topic = sentence;
  // The first clause is the topic; what follows a comma or "and" is detail.
  if (topic.split(/\s+/).length > 6) {
    // The first clause of two words or more ("helo, my order…" is about the order), or the
    // first that asks for something when the opening one only sets the scene ("I run a café
    // in Lyon and would like to know whether you offer wholesale prices").
    const clauses = topic
      .split(/,\s|;\s|\s(?:and|but|because|since|so)\s/)
      .filter((clause) => clause.split(/\s+/).length >= 2);
    const first = clauses[0] ?? topic;
    const scene = !ASKS.test(first) && !/\d/.test(first);
    topic = (scene && clauses.find((clause) => ASKS.test(clause))) || first;
  }
  for (let previous = ''; previous !== topic; ) {
    previous = topic;
    topic = topic.replace(LEAD_IN, '').replace(/^(?:a|an|the)\s+/i, '');
  }
  topic = topic.replace(/[\s,.!?;:]+$/, '').replace(/,?\s+please$/i, '');
  // Only a capital that opened the sentence is lowered: "Where is…" → "where is…", while
  // "Acme" in "The Acme X200…" was capitalised on purpose and stays.
  const opensSentence = sentence.startsWith(topic.slice(0, 12));
  const head = nlp(topic).terms().first();
  if (
    opensSentence &&
    /^[A-Z][a-z']+$/.test(topic.split(' ')[0] ?? '') &&
    !head.has('(#ProperNoun|#Person|#Place|#Organization)')
  ) {
    topic = topic.charAt(0).toLowerCase() + topic.slice(1);
  }
  return topic;
}
