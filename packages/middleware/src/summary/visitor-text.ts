import type { Contact } from '@supportbridge/shared';
import { EMAIL_IN_TEXT } from '@supportbridge/shared';
import nlp from 'compromise';
import { guessedNonName, isKnownGivenName, lexiconTags } from '../extraction/lexicon.js';
import { looksLikePhone, PHONE_IN_TEXT, replaceNameParts } from '../language/personal-data.js';
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
  /^(?:(?:ok(?:ay)?|sure|yes|yeah|yep|yup|no|nope|correct|right|exactly|that'?s (?:right|correct)|thanks?(?: you)?(?: so much)?|thx|cheers|bye|great|perfect|cool|got it|that'?s (?:all|it)|gracias|merci(?: beaucoup)?|au revoir|danke(?: schön)?|tschüss|grazie|obrigad[oa]|adi[oó]s|ciao)[\s,.!]*)+$/i;
const HUMAN_ONLY =
  /^(?:(?:can|could|may) i |i (?:want|need|would like) (?:to )?)?(?:(?:talk|speak|chat) (?:to|with) )?(?:an? |the )?(?:human|real person|person|agent|representative|someone)(?: please)?[\s.!?]*$/i;
/** The words around a contact detail ("my phone number is …"): without the detail, nothing is said. */
const CONTACT_FRAMING =
  /\b(?:my|phone|mobile|number|email|e-mail|address|name|is|it's|its|call|me|at|on|you can|reach|sure|here|yes|ok)\b|[\s,.!:;-]+/gi;
/** Nine digits or more: a phone, not an order or invoice number ("2024-118", "48213"). */
/** What is left of a self-introduction once the name is gone: "I'm , …", "me llamo. …". */
const BARE_INTRO =
  /(?:\b(?:my name(?: is|'s)?|my (?:e-?mail(?: address)?|phone(?: number)?|number)(?: is|'s)?|i am|i'm|this is|it's|call me|me llamo|mi nombre es|je m'appelle|mon nom est|ich hei(?:ß|ss)e|mein name ist|mi chiamo)|(?<![\p{L}'])je m['’]appelle)\s*(?=[,.!?;]|$|\s+and\b)/giu;
/\b(?:my name is|my name's|i am|i'm|this is|it's|call me)\s+(?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*)*[\s,.!]*/g;
const LEAD_IN =
  /^(?:i(?:'d| would) like(?: to)?|i want(?: to)?|i need(?: to)?|i(?:'m| am) (?:writing|contacting you|reaching out|here)(?: (?:about|regarding|because of|for))?|i (?:have|got|'ve got) a (?:question|problem|issue)(?: (?:about|with|regarding))?|(?:can|could) you (?:please )?help(?: me)?(?: with)?|please help(?: me)?(?: with)?|(?:can|could|may) i(?: please)?|is it possible to|i was wondering (?:if|whether)(?: i could)?|question (?:about|regarding)|regarding|about|please|just|so|get|request|ask for|have|receive|(?:talk|speak|chat) (?:to|with) (?:an? |the )?(?:real |actual |live )?(?:person|human|agent|someone|somebody)(?: about| regarding)?|(?:would|'d) like to know(?: (?:whether|if))?|(?:whether|if) you (?:offer|have|sell|do))\s+/i;

/**
 * Words that say nothing about the matter: asking for help in general ("I need help", "I have
 * a question") or saying how often one wrote ("THIRD TIME I AM WRITING"). A message or
 * sentence made only of them is not what the team should read as the topic.
 */
const EMPTY_WORDS = new Set(
  `i i'm im me my we you your it this that a an the is am are was be been have has had got need
needs want would like to for with about on in of some any please can could help helping assist
assistance support question questions problem problems issue issues query enquiry inquiry something
thing urgent urgently quick small someone somebody anyone again time times first second third fourth
fifth last writing write wrote written contacting contact message messages now already still and or
so just really hello hi hey there sorry oops meant mean typo actually correction wait two things
few couple`.split(/\s+/),
);

/**
 * True when the text carries no word about the matter.
 *
 * @example
 * saysNothing('i need help') // true; saysNothing('I need help with my order') // false
 */
export function saysNothing(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
  return words.length > 0 && words.every((word) => EMPTY_WORDS.has(word));
}

/** One word that names a matter ("refund", "cancel"): a known word that is not a given name. */
function topicWord(text: string): boolean {
  const word = text.replace(/[^\p{L}'-]+/gu, '');
  if (!/^\p{L}{4,}$/u.test(word) || text.trim().split(/\s+/).length > 1) return false;
  if (isKnownGivenName(word)) return false;
  return lexiconTags(word).length > 0 || guessedNonName(word) || /(?:tion|sion|ment|ing)$/i.test(word);
}

/** "Two things:", "Quick question:": a label before a colon, not the matter. */
const PREAMBLE =
  /^(?:(?:two|2|three|3|a few|a couple of|some|quick|small|one) (?:things|questions?)|quick one|question|problem|issue)\s*:\s*/i;

/** A pasted form's line: "Date: 12 March 2025", "Total: €26.40", "1x Kenya AA 500g". */
const FORM_LINE = /^[\p{L}\s#.]{1,24}:\s|^\d+\s?x\s/iu;

/** A clause that asks for something, preferred as the topic over one that sets the scene. */
const ASKS =
  /\b(?:would like|wondering|want to know|like to know|can (?:you|we|i)|could you|refund|cancel|change|return)\b|\?$|^(?:do|does|can|could|how|what|when|where|is|are|will)\s/i;

/**
 * The message without greeting, self-introduction and contact details: what is left is the matter.
 *
 * @example
 * matterOf("Hi, I'm Maria, my order is late", { name: 'Maria' }) // 'my order is late'
 */
export function matterOf(text: string, contact: Contact): string {
  let out = text
    .replace(EMAIL_IN_TEXT, ' ')
    .replace(PHONE_IN_TEXT, (match) => (looksLikePhone(match) ? ' ' : match));
  out = replaceNameParts(out, contact.name, ' ');
  // Line breaks stay: a pasted order confirmation is one line per fact.
  out = out
    .replace(/[^\S\n]+/g, ' ')
    .replace(/\(\s*\)/g, ' ')
    .replace(BARE_INTRO, '')
    .replace(/\s+([,.!?])/g, '$1');
  // "Hola! Me llamo Carlos. I want…": greetings and introductions may fill whole sentences.
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out
      .replace(GREETING, '')
      .replace(/^(?:[\s,.!:;—–-]+|(?:and|but|so)\s+)+/i, '')
      .trim();
  }
  return out;
}

/**
 * The visitor's messages that say what they need: not greetings, thanks, bare contact details
 * or a bare "human please" — each with its place in `messages`, so a reader can find what
 * answered it.
 *
 * @example
 * substantiveTurns([{ type: 'user', text: 'hi', createdAt: 0 }, { type: 'user', text: 'Refund for 48213', createdAt: 1 }], {})
 * // [{ at: 1, text: 'Refund for 48213' }]
 */
export function substantiveTurns(
  messages: readonly SummaryTurn[],
  contact: Contact,
): { at: number; text: string }[] {
  const found: { at: number; text: string }[] = [];
  messages.forEach((m, at) => {
    if (m.type !== 'user') return;
    const text = matterOf(m.text, contact);
    if (
      /\p{L}{2,}/u.test(text) &&
      !SMALL_TALK.test(text.replace(EMOJI, '').trim()) &&
      !HUMAN_ONLY.test(text) &&
      !saysNothing(text) &&
      (text.replace(CONTACT_FRAMING, ' ').trim().split(/\s+/).length >= 2 || topicWord(text))
    )
      found.push({ at, text });
  });
  return found;
}

/**
 * Splits on sentence ends: punctuation followed by a capital, a quote or the end, so "€129.99",
 * "no. 7781" and "v2.1" stay whole.
 *
 * @example
 * sentences('It cost €49.90. Refund please!') // ['It cost €49.90.', 'Refund please!']
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  // Chat is typed in lower case: "I AM WRITING. my order…" starts a sentence too, after a
  // word that is not an abbreviation ("approx. 5", "incl. shipping").
  for (const piece of text.split(
    /\s*\n\s*|(?<=[.!?])\s+(?=[\p{Lu}"“(])|(?<=[!?])\s+|(?<=\p{L}{3,}\.)\s+(?=\p{Ll})/u,
  )) {
    const previous = out.at(-1);
    if (previous && ABBREVIATION.test(previous)) out[out.length - 1] = `${previous} ${piece.trim()}`;
    else out.push(piece.trim());
  }
  return out.filter(Boolean);
}

const ABBREVIATION = /\b(?:approx|incl|excl|etc|resp|dept|tel|min|max|ca|nr|no|vs|e\.g|i\.e)\.$/i;

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
  // "THIRD TIME I AM WRITING. my order 5521 never arrived": the first sentence that says
  // something; among several, the first that says it with a verb, so a pasted order
  // confirmation ("Order #NW-20931", "Total: €26.40") gives way to "The decaf is missing".
  const said = sentences(matter)
    .map((s) => s.replace(PREAMBLE, ''))
    .filter((s) => !saysNothing(s));
  const told = said.filter((s) => !FORM_LINE.test(s));
  const sentence = (said.length > 1 ? told.find((s) => nlp(s).has('#Verb')) : undefined) ?? said[0] ?? matter;
  let topic = sentence;
  // The first clause is the topic; what follows a comma or "and" is detail. A short "but"
  // clause stays: in "my parcel says delivered but it's not here" it is the point.
  const words = topic.split(/\s+/).length;
  if (words > 6) {
    // The first clause of two words or more ("helo, my order…" is about the order), or the
    // first that asks for something when the opening one only sets the scene ("I run a café
    // in Lyon and would like to know whether you offer wholesale prices").
    const clauses = topic
      .split(words > 12 ? /,\s|;\s|\s(?:and|but|because|since|so)\s/ : /,\s|;\s|\s(?:and|because|since|so)\s/)
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
  // A shouted topic reads as shouting in the inbox too: "MY ORDER NEVER CAME" → lower case.
  const letters = topic.replace(/[^\p{L}]/gu, '');
  const upper = topic.replace(/[^\p{Lu}]/gu, '');
  if (topic.split(/\s+/).length >= 3 && letters.length >= 10 && upper.length / letters.length > 0.8)
    topic = topic.toLowerCase();
  return topic;
}
