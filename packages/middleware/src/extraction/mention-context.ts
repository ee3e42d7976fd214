/**
 * Whose address (or phone number) is this? Reads the words around a mention in a
 * visitor's message and tells whether the visitor gives it as their own, names
 * someone else's ("cc my colleague john@x.com", "I wrote to support@shop.com"), or
 * rules it out ("my old email was a@b.com, don't use it", "not a@b.com"). Only the
 * clause holding the mention counts, so "cc my colleague a@x.com, my email is b@x.com"
 * reads each address with its own words.
 */

import { CONTRAST_WORDS, CORRECTIONS, lastCueEnd, OTHERS, OWN_EMAIL, STALE as STALE_WORDS } from './cues.js';

export type MentionRole = 'own' | 'other' | 'rejected';

export interface MentionContext {
  role: MentionRole;
  /** The visitor claimed it in words ("my email is", "reach me at", "mine is"). */
  claimed: boolean;
  /** The sentence corrects an earlier value ("sorry, typo:", "actually", "I meant"). */
  correction: boolean;
  /** Named as where to answer ("reply to", "reach me at"): preferred within a message. */
  preferred: boolean;
}

const CLAIM = /\b(?:my|mine|me|myself)\b/gi;
const MINE =
  /\b(?:me|mine|myself)\b|\bmy\s+(?:own\s+|personal\s+|work\s+)?(?:e-?mail|address|inbox|account|number|phone)\b/i;
// "not" negates only what follows it closely: "it's not a@b.com", "NOT jake@old.com".
const NEGATED = /\bnot\s+(?:\S+\s+){0,2}$/i;
const STALE =
  /\b(?:old|older|previous|former|outdated|wrong|incorrect|invalid|deactivated|dead|closed|deleted|instead of|rather than|no longer|stopped using|used\s+to(?:\s+(?:use|be|have))?|mistyped|misspelled|hacked|typo in)\b/gi;
const FRESH = /\b(?:new|newer|current|correct|right|actual|updated|now)\b|(?<!\bto\s+)\buse\b/gi;
const SOMEONE_ELSE =
  /\b(?:colleague|co-?worker|boss|manager|supervisor|wife|husband|partner|spouse|son|daughter|mom|mum|mother|dad|father|parents?|sister|brother|friend|girlfriend|boyfriend|assistant|secretary|teammate|client|aunt|uncle|niece|nephew|cousin|grandma|grandpa|flatmate|roommate|landlord|accountant|he|she|they|his|her|their|him|them|cc|bcc|cc'd|copy|copied|forward|forwarded|support|helpdesk|help desk)(?:'s)?\b/gi;
const THE_SHOP =
  /\byou(?:\s+guys)?\s+(?:at|on|via)\s*$|\byour\s+(?:\w+\s+)?(?:address|e-?mail|team|support|colleague|company|shop|store|site|website|helpdesk|people|staff|agent|department)\b/i;
// A message to or from someone else: "I wrote to", "I already emailed", "got an email from".
const CORRESPONDENCE =
  /\b(?:wrote|written|emailed|e-mailed|mailed|contacted|messaged|(?<!\b(?:was|were|been|is|are|be|get|got|gets)\s+)sent|tried\s+(?:to\s+)?(?:contact|email|reach|write)(?:ing)?|reached\s+out)\b(?:\s+(?:to|an?|the|email|e-mail|mail|message|messages|emails|several|many|multiple|times?|twice|already|you|at|on|via))*\s*$|\b(?:got|received|email|e-mail|mail|message|reply|response|notification|receipt|newsletter)s?\b(?:\s+\w+){0,3}\s+from\s*$/i;

const AFTER_REJECT =
  /^[\s,;:)\]>-]*\(?\s*(?:(?:oh|wait|no|sorry|actually|oops|hmm|um|nope)\b[\s,;!.]*)*(?:(?:is|was|that's|that is|which is|it's)\s+(?:my\s+)?(?:old|previous|former|outdated|wrong|dead|deactivated|closed|hacked|no longer|not mine|not my)|(?:is|that's|that one is|that one's)\s+(?:not|no longer)|isn't mine|isn't my|(?:please\s+)?(?:don't|do not|dont|never)\s+(?:use|send|email|write)|(?:doesn't|does not|won't|no longer)\s+work|that one is dead|is dead|(?:,?\s*but\s+)?i\s+(?:no\s+longer|can't|cannot|can\s+no\s+longer|don't|do\s+not)\s+(?:have\s+access|access|use|check|get\s+into|log\s+into))/i;
const AFTER_OTHER =
  /^[\s,;:)\]>–—-]*\(?\s*(?:(?:oh|wait|no|sorry|actually|oops|hmm|um|nope)\b[\s,;!.]*)*(?:(?:is|that's|that is|which is|it's|belongs to)\s+)?(?:my|our|his|her|their|the)\s+(?:\w+\s+)?(?:colleague|co-?worker|boss|manager|wife|husband|partner|son|daughter|mom|mum|mother|dad|father|sister|brother|friend|aunt|uncle|niece|nephew|cousin|flatmate|roommate|assistant|team|department|finance|accounting|accounts|support)(?:'s)?\b/i;
// "you emailed me from orders@shop.com": the shop's outbox.
const YOU_SENT =
  /\byou(?:\s+guys)?\s+(?:\w+\s+){0,2}?(?:emailed|e-mailed|wrote|sent|messaged|contacted|replied)\b.*\bfrom\s*$/i;
// "I emailed you from x@y.com": the visitor's own outbox, unlike "an email from x@y.com".
const FROM_ME =
  /\bi(?:'ve|\s+have)?\s+(?:\w+\s+){0,2}?(?:emailed|e-mailed|wrote|written|sent|messaged|contacted)\b.*\bfrom\s*$/i;
const PREFERRED =
  /\buse\s*$|\b(?:reply|respond|answer|write\s+back|get\s+back|reach|contact|email|e-mail|mail)(?:\s+to)?(?:\s+(?:me|us))?\s+(?:at|to|on|via)?\s*$|\bsend\s+(?:it|them|everything|the\s+\w+)\s+to\s*$/i;
const CORRECTION =
  /\b(?:typo|sorry|oops|whoops|actually|meant|correction|correct one|right one|should be|instead|wait|my bad|new one|new email|new address)\b/i;

/** "send the e-card to", "forward it to": where something goes, not where to answer. */
const SEND_ON = /\b(?:send|forward|deliver|address|email|mail)\b(?:\s+(?!me\b|us\b)[\w-]+){1,3}\s+to\s*$/i;

const CONTEXT_REACH = 160;
/** What ends a clause: a sentence end, a comma or semicolon, "and", or any language's "but". */
const CLAUSE_BREAK = new RegExp(
  String.raw`[.!?](?:\s|$)|\n|[,;،，]|(?<![\p{L}\p{M}])(?:and|${CONTRAST_WORDS})(?![\p{L}\p{M}])`,
  'giu',
);
/** After a stale word, a colon or dash within two words: what follows replaces it. */
const REPLACEMENT_FOLLOWS = /^(?:\s*[^\s:：—–-]+){0,2}\s*[:：—–-]+\s*$/u;

const lastEnd = (text: string, pattern: RegExp): number => {
  let end = -1;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
};

/** The start of the clause holding `index`: a sentence end, a comma, ";" or "but"/"and". */
function clauseStart(text: string, index: number): number {
  // "(" does not cut: in "not to my husband (tom@x.com)" the words before it still count.
  return Math.max(0, lastEnd(text.slice(0, index), CLAUSE_BREAK));
}

function sentenceStart(text: string, index: number): number {
  return Math.max(0, lastEnd(text.slice(0, index), /[.!?](?:\s|$)|\n/g));
}

/**
 * Classifies the mention at [start, end) of a folded message.
 *
 * @example
 * classifyMention('cc my colleague john@x.com', 16, 26).role; // "other"
 */
export function classifyMention(text: string, start: number, end: number): MentionContext {
  // The cues sit just before the mention; a bounded window keeps long messages linear.
  const before = text.slice(Math.max(0, start - CONTEXT_REACH), start);
  const clause = before.slice(clauseStart(before, before.length));
  const sentence = before.slice(sentenceStart(before, before.length));
  const after = text.slice(end, end + 80);
  const correction = CORRECTION.test(sentence) || CORRECTIONS.test(sentence) || /^\s*instead\b/i.test(after);
  const claimed = lastEnd(clause, CLAIM) >= 0 || OWN_EMAIL.test(clause);
  const preferred = PREFERRED.test(clause);
  const result = (role: MentionRole, claim = false): MentionContext => ({
    role,
    claimed: claim,
    correction,
    preferred,
  });

  if (NEGATED.test(clause) || AFTER_REJECT.test(after)) return result('rejected');
  // "my old email was a@b.com" is rejected; "the old one is dead, the new one is x" is not;
  // "that's wrong: x" and "my old one — x" give the right one after a colon or a dash.
  const staleAt = Math.max(lastEnd(clause, STALE), lastCueEnd(STALE_WORDS, clause));
  if (staleAt > lastEnd(clause, FRESH)) {
    if (!REPLACEMENT_FOLLOWS.test(clause.slice(staleAt))) return result('rejected');
    return { role: 'own', claimed: true, correction: true, preferred };
  }
  if (FROM_ME.test(clause)) return result('own', true);
  if (
    CORRESPONDENCE.test(clause) ||
    THE_SHOP.test(clause) ||
    YOU_SENT.test(clause) ||
    AFTER_OTHER.test(after)
  )
    return result('other');
  // "my colleague's email is x" is someone else's; "tell them to email me at x" is mine.
  // "my husband's, dev@x.com" and "send it to my assistant, kerry@x.com": the owner was named
  // just before, in the clause before the comma.
  const ownerNear = lastCueEnd(OTHERS, sentence);
  // A cue names the owner of the next address only: in "escribí a ventas@x.es desde
  // yo@y.es" (the first address blanked out) "escribí a" is not about the second.
  const mine = (text: string) => MINE.test(text) || OWN_EMAIL.test(text) || text.includes('\uFFFC');
  if (ownerNear >= 0 && sentence.length - ownerNear <= 25 && !mine(sentence.slice(ownerNear)))
    return result('other');
  // "The gift is for my niece, please send the e-card to lily@…": sent on to the one named before.
  if (ownerNear >= 0 && SEND_ON.test(clause) && !mine(sentence.slice(ownerNear))) return result('other');
  const otherAt = Math.max(lastEnd(clause, SOMEONE_ELSE), lastCueEnd(OTHERS, clause));
  if (otherAt >= 0 && !mine(clause.slice(otherAt))) return result('other');
  return result('own', claimed);
}
