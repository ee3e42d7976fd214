import type { Contact } from '@supportbridge/shared';
import type { KnowledgeHit, KnowledgeIndex } from './knowledge-index.js';
import { frustrationCue, isDecline, isGreeting, isThanks, isYes, wantsHuman } from './signals.js';
import { topicTerms } from './text-terms.js';

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
  /** Carries an issue or a question (not only small talk or contact details). */
  substantive: boolean;
  /** Describes what the visitor needs (a bare "human please" does not). */
  issue: boolean;
  /** Asks something, so an empty `hits` is a failure to answer, not just a statement. */
  question: boolean;
  /** Knowledge that passed the relevance gate, best first. */
  hits: KnowledgeHit[];
}

const EMAIL = /[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}/gi;
const PHONE = /\+?\d[\d\s().-]{6,}\d/g;
/** Words that frame contact details or fill a sentence: "my name is", "sure, it's", "um". */
const FRAMING = new Set(
  `my name is its it’s it's im i’m i'm this here call me email e-mail address phone number mail sure ok okay yes yeah hmm um uh well so and or the at is mine you can reach me on`.split(
    ' ',
  ),
);
const QUESTION_START =
  /^(?:how|what|when|where|why|who|which|whose|can|could|do|does|did|is|are|was|will|would|should|may|might|have|has|any|is there)\b/i;

/** The message without the visitor's own contact details, which are never a topic. */
function withoutContact(text: string, contact: Contact): string {
  let out = text.replace(EMAIL, ' ').replace(PHONE, ' ');
  for (const part of (contact.name ?? '').split(/\s+/).filter((p) => p.length > 1)) {
    out = out.replace(new RegExp(`\\b${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi'), ' ');
  }
  return out;
}

/**
 * Keeps only hits worth saying. Raw BM25 scores are not comparable across knowledge bases of
 * different sizes, so the gate reads what matched instead: a term of the question or title,
 * or two distinct terms of the body. A second hit must score close to the first.
 */
function relevant(hits: KnowledgeHit[]): KnowledgeHit[] {
  const good = hits.filter((hit) => hit.headingTerms >= 1 || hit.bodyTerms >= 2);
  const best = good[0];
  if (!best) return [];
  return good.filter(
    (hit, i) => i === 0 || (i === 1 && hit.score >= best.score * 0.85 && hit.answer !== best.answer),
  );
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
  const substantive =
    !greeting && !thanks && !yes && !(decline && words.length <= 4) && topicTerms(words.join(' ')).length > 0;
  const question =
    substantive && (/\?/.test(rest) || QUESTION_START.test(rest.replace(/^\W*(?:hi|hello|hey)\W+/i, '')));
  const human = wantsHuman(trimmed);
  const hits = substantive && !human && index.size > 0 ? relevant(index.search(rest)) : [];
  return {
    wantsHuman: human,
    frustration: frustrationCue(trimmed),
    greeting,
    thanks,
    yes,
    decline,
    substantive,
    // Five topic words is more than "can I talk to a real person please" ever carries.
    issue: substantive && (!human || topicTerms(rest).length > 4),
    question,
    hits,
  };
}
