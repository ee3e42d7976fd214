import type { Contact } from '@supportbridge/shared';
import { lexiconTags } from '../../extraction/lexicon.js';
import type { KnowledgeHit, KnowledgeIndex } from './knowledge-index.js';
import { frustrationCue, isDecline, isGreeting, isThanks, isYes, wantsHuman } from './signals.js';
import { FRAME_TERMS, GENERIC_TERMS, topicTerms } from './text-terms.js';

/**
 * What one visitor message means for the dialogue: signals, whether it carries an issue or a
 * question, and the knowledge that answers it.
 *
 * @example
 * const r = readTurn('Do you ship abroad?', contact, index); if (r.question && r.hits.length === 0) …
 */
export interface TurnReading {
  wantsHuman: boolean;
  /** A short quote of what shows frustration, when something does. */
  frustration?: string;
  greeting: boolean;
  thanks: boolean;
  yes: boolean;
  decline: boolean;
  /** Asks for help without saying with what ("I need help", "I have a question"). */
  vague: boolean;
  /** Carries an issue or a question (not only small talk or contact details). */
  substantive: boolean;
  /** Describes what the visitor needs (a bare "human please" does not). */
  issue: boolean;
  /** Asks something, so an empty `hits` is a failure to answer, not just a statement. */
  question: boolean;
  /** Knowledge that passed the relevance gate, best first. */
  hits: KnowledgeHit[];
  /**
   * A place the question names that no knowledge item mentions ("Do you ship to Japan?"):
   * the answer found is about shipping, but whether it holds for Japan is a guess.
   */
  unsurePlace?: string;
}

const EMAIL = /[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}/gi;
const PHONE = /\+?\d[\d\s().-]{6,}\d/g;
/** Words that frame contact details or fill a sentence: "my name is", "sure, it's", "um". */
const FRAMING = new Set(
  `my name is its it’s it's im i’m i'm this here call me email e-mail address phone number mail sure ok okay yes yeah hmm um uh well so and or the at is mine you can reach me on dr mr mrs ms prof sorry typo oops actually meant i correct correction wait no great good cool nice perfect fine alright awesome lovely right
exactly yep yup true hi hey hello thanks thank you`.split(/\s+/),
);
/** How a question starts, once the openers below are set aside: "what about decaf". */
const QUESTION_START =
  /^(?:how|what|when|where|why|who|which|whose|can|could|do|does|did|is|are|was|will|would|should|may|might|have|has|any|is there)\b/i;
/** Words a visitor puts before a question without changing it: "ok, what about decaf". */
const OPENERS =
  /^\W*(?:(?:hi|hello|hey|ok|okay|so|and|also|well|oh|alright|great|cool|thanks|thank you)\b\W*)+/i;
/** A request to act, not to be told something: "could you check what's going on?" is an issue. */
const ACT_REQUEST =
  /^\W*(?:(?:can|could|would|will) you|please)\s+(?:please\s+)?(?:check|look(?: into| at)?|find out|see what|investigate|sort (?:it|this) out)\b/i;
/** A question put as a statement: "I have a question about my subscription", "I'd like to know …". */
const ASKING =
  /\b(?:(?:a|one|quick|small) question|(?:like|want|wanted|need) to know|wondering|curious (?:about|whether|if))\b/i;

/** The message without the visitor's own contact details, which are never a topic. */
function withoutContact(text: string, contact: Contact): string {
  let out = text.replace(EMAIL, ' ').replace(PHONE, ' ');
  for (const part of (contact.name ?? '').split(/[\s-]+/).filter((p) => p.length > 1)) {
    // Letter-aware edges: `\b` does not see "Ø" or "é" as letters, so "Øvergaard" would stay.
    const escaped = part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}])`, 'giu'), ' ');
  }
  return out;
}

/**
 * Keeps only hits worth saying. Raw BM25 scores are not comparable across knowledge bases of
 * different sizes, so the gate reads what matched instead. A question is answered when the
 * item's question is all in it ("how much is the shipping to France?" asks "How much is
 * shipping?"), or when the match covers half of what it asks about, in the item's question or
 * in two words of its answer: "does your decaf contain nuts?" is not answered by what the
 * decaf is ground for. A statement ("my bag arrived opened") is held to more: two words of the
 * item's question, or one there and words specific to the item. A second hit must score close to the
 * first and match something the first does not.
 */
function relevant(
  hits: KnowledgeHit[],
  question: boolean,
  asked: number,
  unheardOf: readonly string[],
): KnowledgeHit[] {
  const good = hits.filter((hit) => {
    // "how long … take" alone says what is asked, not about what.
    if (hit.terms.every((term) => FRAME_TERMS.has(term))) return false;
    if (!question)
      return (
        // "refund" or "return policy" alone names the item: the visitor wants to read it.
        (hit.headingCovered && hit.queryTerms.length >= asked) ||
        // "I ordered coffee beans but they never came" shares "coffee" with "Do you sell decaf
        // or ground coffee?", which is a quarter of what that item is about: not its topic.
        (hit.headingTerms * 2 >= hit.headingSize &&
          (hit.headingTerms >= 2 ||
            (hit.specificHeadingTerms >= 1 && hit.terms.length >= 2) ||
            (hit.headingTerms >= 1 && hit.specificTerms >= 2)))
      );
    // "Do you deliver on Saturdays?" names shipping but does not ask what it costs.
    if (hit.otherAmount) return false;
    if (hit.headingCovered) return true;
    const covered = hit.queryTerms.length * 2 >= asked;
    // "Do you sell coffee machines?" shares "sell" and "coffee" with the decaf entry, but asks
    // about machines, which no entry mentions: half a match on what is known is no answer.
    // A question that also names what the entry is mostly about ("can I change the shipping
    // address?" and "Can I change or cancel my order?") is still answered by it.
    if (
      unheardOf.some((term) => !hit.queryTerms.includes(term)) &&
      hit.headingTerms * 3 < hit.headingSize * 2
    )
      return false;
    return covered && (hit.headingTerms >= 1 || (hit.bodyTerms >= 2 && hit.specificTerms >= 1));
  });
  const best = good[0];
  if (!best) return [];
  return good.filter(
    (hit, i) =>
      i === 0 ||
      (i === 1 &&
        hit.score >= best.score * 0.85 &&
        hit.answer !== best.answer &&
        hit.terms.some((term) => !best.terms.includes(term))),
  );
}

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);

/**
 * The topic words of a question that no knowledge item uses, leaving out details that
 * qualify rather than name what is asked: numbers, places, capitalised names ("to France").
 */
function unheardOfTerms(query: string, index: KnowledgeIndex): string[] {
  const details = new Set<string>();
  query.split(/[^\p{L}\p{N}'’]+/u).forEach((word, i) => {
    if (
      /\d/.test(word) ||
      (i > 0 && /^\p{Lu}/u.test(word)) ||
      lexiconTags(word).some((t) => PLACE_TAGS.has(t))
    )
      for (const term of topicTerms(word)) details.add(term);
  });
  return topicTerms(query).filter(
    (term) => !FRAME_TERMS.has(term) && !details.has(term) && !index.knows(term),
  );
}

/** The sentences that ask, when some end in "?": what a question's answer must be about. */
function askingPart(text: string): string {
  const asking = text.match(/[^.!?\n]*\?/g);
  return asking ? asking.join(' ') : text;
}

/**
 * Reads a visitor message. Pure: the same text, contact and index give the same reading,
 * which lets the engine replay earlier turns instead of storing state.
 *
 * @example
 * readTurn('human please', {}, index).wantsHuman // true
 */
export function readTurn(text: string, contact: Contact, index: KnowledgeIndex): TurnReading {
  const trimmed = text.trim();
  const rest = withoutContact(trimmed, contact);
  const words = rest
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w && !FRAMING.has(w));
  const greeting = isGreeting(trimmed);
  const thanks = isThanks(trimmed);
  const yes = isYes(trimmed);
  const decline = isDecline(trimmed);
  const terms = topicTerms(words.join(' '));
  const chat = greeting || thanks || yes || (decline && words.length <= 4);
  const vague = !chat && terms.length > 0 && terms.every((term) => GENERIC_TERMS.has(term));
  const substantive = !chat && !vague && terms.length > 0;
  const asks =
    substantive && (/\?/.test(rest) || ASKING.test(rest) || QUESTION_START.test(rest.replace(OPENERS, '')));
  const asking = asks ? askingPart(rest) : rest;
  // "Could you check what's going on?" asks for action: the rest of the message says about what.
  const question = asks && !asking.split('?').every((part) => !part.trim() || ACT_REQUEST.test(part));
  const human = wantsHuman(trimmed);
  let hits: KnowledgeHit[] = [];
  if (substantive && !human && index.size > 0) {
    const query = question ? asking : rest;
    const found = index.search(query, 3, { typos: question });
    hits = relevant(
      found,
      question,
      topicTerms(query).filter((term) => !FRAME_TERMS.has(term)).length,
      question ? unheardOfTerms(query, index) : [],
    );
  }
  const unsurePlace = hits.length > 0 && question ? placeNoItemMentions(asking, index) : undefined;
  return {
    wantsHuman: human,
    frustration: frustrationCue(trimmed),
    greeting,
    thanks,
    yes,
    decline,
    vague,
    substantive,
    // Five topic words is more than "can I talk to a real person please" ever carries.
    issue: substantive && (!human || topicTerms(rest).length > 4),
    question,
    hits,
    ...(unsurePlace && { unsurePlace }),
  };
}

/** The first country, city or region in `text` that the knowledge never mentions, as typed. */
function placeNoItemMentions(text: string, index: KnowledgeIndex): string | undefined {
  for (const word of text.split(/[^\p{L}'’-]+/u)) {
    // "us" is a pronoun far more often than the country.
    if (word.length < 2 || (word.toLowerCase() === 'us' && word !== 'US')) continue;
    if (!lexiconTags(word).some((tag) => PLACE_TAGS.has(tag))) continue;
    // Exactly: a place a letter away from a known word ("France", "French") is another place.
    if (topicTerms(word).every((term) => !index.knows(term, false))) {
      return word === word.toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
    }
  }
  return undefined;
}
